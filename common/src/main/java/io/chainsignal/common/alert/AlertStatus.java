package io.chainsignal.common.alert;

/**
 * Whether an alert is raised or withdrawn; a retraction carries the {@code alert_id} it
 * withdraws.
 */
public enum AlertStatus {

	/** The detectors found a risk. */
	RAISED,

	/**
	 * The alert no longer holds, for example because its evidence was removed by a reorg.
	 */
	RETRACTED

}
