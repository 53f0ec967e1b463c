package io.chainsignal.common.alert;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.chainsignal.common.json.Fields;

/**
 * What one detector found, explained: its own score, a sentence a person can read and the
 * parameters behind it.
 *
 * @param id the detector id, lower-case letters, digits, {@code .}, {@code _} and
 * {@code -}
 * @param score the detector's own score, 0 to 100
 * @param reason a sentence a person can read, such as "Received 12 transfers from fresh
 * addresses within 3 blocks."
 * @param params the thresholds and measurements behind the reason, as strings, sorted by
 * name
 */
public record DetectorFinding(String id, @JsonProperty(required = true) int score, String reason,
		Map<String, String> params) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	public DetectorFinding {
		checkId("id", id);
		Fields.between("score", score, 0, 100);
		if (Fields.required("reason", reason).isBlank()) {
			throw Fields.invalid("reason", "must be a sentence a person can read, got a blank string");
		}
		params = sortedCopy(Fields.required("params", params));
	}

	static String checkId(String field, String id) {
		Fields.required(field, id);
		if (!ID.matcher(id).matches()) {
			throw Fields.invalid(field,
					"must be 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit, got \""
							+ Fields.echo(id) + "\"");
		}
		return id;
	}

	private static SortedMap<String, String> sortedCopy(Map<String, String> params) {
		SortedMap<String, String> copy = new TreeMap<>();
		params.forEach((name, value) -> {
			if (name == null || name.isEmpty() || value == null) {
				throw Fields.invalid("params",
						"must map non-empty names to non-null strings, got " + name + "=" + value);
			}
			copy.put(name, value);
		});
		return Collections.unmodifiableSortedMap(copy);
	}

}
