package io.chainsignal.fraud.topology;

import java.util.List;

import io.chainsignal.common.alert.RiskAlert;

/**
 * The alerts one event is evidence of, kept so that its retraction can withdraw them.
 *
 * @param alerts the raised alerts
 */
public record AlertList(List<RiskAlert> alerts) {

	public AlertList {
		alerts = List.copyOf(alerts);
	}

}
