package io.chainsignal.common.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

import io.chainsignal.common.json.Fields;

/**
 * Computes the deterministic {@code alert_id}, so that replaying the same evidence
 * through the same detectors can never create a second alert.
 *
 * <p>
 * The id is the lower-case hex SHA-256 of the UTF-8 text
 * {@code "chainsignal-alert-v1\n" + detectorIds + "\n" + subjectAddress + "\n" + evidenceEventIds},
 * where each list is sorted (by {@link String#compareTo}), de-duplicated and joined with
 * {@code ","}. Neither a detector id nor an event id can contain {@code ","} or a line
 * break, so the text is unambiguous.
 */
final class AlertIds {

	static final String PREFIX = "chainsignal-alert-v1";

	private AlertIds() {
	}

	static String compute(Collection<String> detectorIds, String subjectAddress, Collection<String> evidenceEventIds) {
		Fields.address("subject_address", subjectAddress);
		String text = PREFIX + "\n" + join("detectors", detectorIds, DetectorFinding::checkId) + "\n" + subjectAddress
				+ "\n" + join("evidence_event_ids", evidenceEventIds, Fields::eventId);
		return sha256Hex(text);
	}

	private static String join(String field, Collection<String> values, BinaryOperator<String> check) {
		if (Fields.required(field, values).isEmpty()) {
			throw Fields.invalid(field, "must not be empty");
		}
		SortedSet<String> sorted = new TreeSet<>();
		for (String value : values) {
			sorted.add(check.apply(field, value));
		}
		return String.join(",", sorted);
	}

	private static String sha256Hex(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform must support SHA-256", ex);
		}
	}

}
