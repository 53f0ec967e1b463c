package io.chainsignal.notification.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.notification.matching.MatchingSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transfers fraud-service flagged as spam-like: an alert from one of the suppressing
 * detectors marks its evidence, withdraws what is still waiting for subscriptions that
 * suppress suspicious transfers, and keeps the evidence's later statuses from them.
 */
@Component
class FlaggedEvents {

	private final JdbcClient jdbc;

	private final List<String> detectors;

	FlaggedEvents(JdbcClient jdbc, MatchingSettings settings) {
		this.jdbc = jdbc;
		this.detectors = settings.suppressingDetectors();
	}

	/**
	 * Flags the evidence of a raised alert from a suppressing detector, in the caller's
	 * transaction.
	 * @param alert the alert
	 * @return how many waiting deliveries were withdrawn
	 */
	int flag(RiskAlert alert) {
		List<String> ids = alert.detectors()
			.stream()
			.map(DetectorFinding::id)
			.filter(this.detectors::contains)
			.toList();
		if (ids.isEmpty()) {
			return 0;
		}
		String reason = "fraud:" + String.join(",", ids);
		for (String eventId : alert.evidenceEventIds()) {
			this.jdbc.sql("insert into flagged_event (event_id, reason) values (?, ?) on conflict do nothing")
				.params(eventId, reason)
				.update();
		}
		return this.jdbc
			.sql("""
					update delivery d set status = 'cancelled', claim_token = null, completed_at = now(), updated_at = now(),
					    last_error = ?
					from subscription s
					where s.id = d.subscription_id and d.event_id = any(?) and d.status in ('pending', 'digest')
					    and d.event_type in ('transfer.confirmed', 'transfer.unconfirmed')
					    and (s.filter ->> 'suppress_suspicious')::boolean""")
			.params("Suppressed: fraud-service flagged the transfer (" + String.join(", ", ids) + ").",
					alert.evidenceEventIds().toArray(String[]::new))
			.update();
	}

	/**
	 * The flags of some transfers, in one query.
	 * @param eventIds the transfers' event ids
	 * @return event id to reason, for the flagged ones only
	 */
	Map<String, String> reasons(List<String> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		Map<String, String> reasons = new HashMap<>();
		this.jdbc.sql("select event_id, reason from flagged_event where event_id = any(?)")
			.param(eventIds.toArray(String[]::new))
			.query((rs) -> {
				reasons.put(rs.getString("event_id"), rs.getString("reason"));
			});
		return reasons;
	}

}
