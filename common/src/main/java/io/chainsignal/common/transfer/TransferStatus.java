package io.chainsignal.common.transfer;

/**
 * Where a transfer stands in its lifecycle; the lifecycle rules are in
 * {@code docs/events.md}.
 */
public enum TransferStatus {

	/**
	 * Seen in a block that is not final yet; published only when emit-unconfirmed is on.
	 */
	UNCONFIRMED,

	/** In a block that is final under the listener's confirmation policy. */
	CONFIRMED,

	/** Retracts the placement in {@code block_hash}, which left the canonical chain. */
	REMOVED

}
