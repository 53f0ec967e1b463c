package io.chainsignal.common.alert;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.chainsignal.common.json.Fields;

/**
 * The invariants of a {@link RiskAlert} that span several fields, kept out of the record
 * so that it stays readable.
 */
final class AlertRules {

	private AlertRules() {
	}

	static void schemaVersion(int schemaVersion) {
		if (schemaVersion != RiskAlert.SCHEMA_VERSION) {
			throw Fields.invalid("schema_version", "must be " + RiskAlert.SCHEMA_VERSION + ", got " + schemaVersion);
		}
	}

	static void chainId(long chainId) {
		if (chainId < 1) {
			throw Fields.invalid("chain_id", "must be a positive EIP-155 chain id, got " + chainId);
		}
	}

	static void severity(Severity severity, int score) {
		Fields.between("score", score, 0, 100);
		Severity expected = Severity.forScore(score);
		if (Fields.required("severity", severity) != expected) {
			throw Fields.invalid("severity", "must be " + expected + " for score " + score + ", got " + severity);
		}
	}

	static List<DetectorFinding> detectors(List<DetectorFinding> detectors) {
		nonEmpty("detectors", detectors);
		Set<String> ids = new HashSet<>();
		for (DetectorFinding detector : detectors) {
			if (!ids.add(detector.id())) {
				throw Fields.invalid("detectors", "must name each detector once, got " + detector.id() + " twice");
			}
		}
		return List.copyOf(detectors);
	}

	static List<String> evidence(List<String> evidenceEventIds, long chainId) {
		nonEmpty("evidence_event_ids", evidenceEventIds);
		Set<String> seen = new HashSet<>();
		for (String eventId : evidenceEventIds) {
			Fields.eventId("evidence_event_ids", eventId);
			if (!eventId.startsWith(chainId + ":")) {
				throw Fields.invalid("evidence_event_ids", "must be events of chain " + chainId + ", got " + eventId);
			}
			if (!seen.add(eventId)) {
				throw Fields.invalid("evidence_event_ids", "must list each event once, got " + eventId + " twice");
			}
		}
		return List.copyOf(evidenceEventIds);
	}

	static void alertId(String alertId, List<DetectorFinding> detectors, String subjectAddress,
			List<String> evidenceEventIds) {
		Fields.required("alert_id", alertId);
		String expected = AlertIds.compute(detectors.stream().map(DetectorFinding::id).toList(), subjectAddress,
				evidenceEventIds);
		if (!expected.equals(alertId)) {
			throw Fields.invalid("alert_id",
					"must be the SHA-256 of detectors, subject_address and evidence_event_ids (docs/events.md) = "
							+ expected + ", got \"" + Fields.echo(alertId) + "\"");
		}
	}

	private static void nonEmpty(String field, List<?> values) {
		if (Fields.required(field, values).isEmpty()) {
			throw Fields.invalid(field, "must not be empty");
		}
		for (Object value : values) {
			if (value == null) {
				throw Fields.invalid(field, "must not contain null");
			}
		}
	}

}
