package io.chainsignal.common.alert;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.chainsignal.common.Agreement;
import io.chainsignal.common.Agreement.Violation;
import io.chainsignal.common.Examples;
import io.chainsignal.common.JsonSchemas;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.EventValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code risk-alert-v1.schema.json}, checked by a real JSON Schema validator, agrees with
 * the {@link RiskAlert} record: both accept every example and both reject every
 * violation.
 */
class RiskAlertSchemaTest {

	private static final String RAISED = "risk-alert-raised";

	static List<String> examples() {
		return Examples.names("risk-alert-");
	}

	@Test
	void thereIsAnExampleOfEveryStatus() {
		assertThat(examples().stream().map((name) -> EventJson.read(Examples.bytes(name), RiskAlert.class)))
			.extracting(RiskAlert::status)
			.contains(AlertStatus.values());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsValid(String example) {
		Agreement.assertAcceptedByBoth(JsonSchemas.RISK_ALERT, RiskAlert.class, Examples.text(example));
	}

	@Test
	void theSchemaAndTheRecordAgreeOnTheSeverityOfEveryScore() {
		for (int score = 0; score <= 100; score++) {
			int current = score;
			Severity severity = Severity.forScore(score);
			for (Severity candidate : Severity.values()) {
				String json = Examples.changed(RAISED, (tree) -> {
					tree.put("score", current);
					tree.put("severity", candidate.name());
				});
				if (candidate == severity) {
					Agreement.assertAcceptedByBoth(JsonSchemas.RISK_ALERT, RiskAlert.class, json);
				}
				else {
					Agreement.assertRejectedByBoth(JsonSchemas.RISK_ALERT, RiskAlert.class, json, "severity");
				}
			}
		}
	}

	static Stream<Violation> violations() {
		return Stream.of(new Violation("score 101", (t) -> t.put("score", 101), "score"),
				new Violation("negative score", (t) -> t.put("score", -1), "score"),
				new Violation("score as a string", (t) -> t.put("score", "81"), "score"),
				new Violation("unknown status", (t) -> t.put("status", "OPEN"), "status"),
				new Violation("unknown severity", (t) -> t.put("severity", "SEVERE"), "severity"),
				new Violation("schema_version 2", (t) -> t.put("schema_version", 2), "schema_version"),
				new Violation("upper-case alert_id",
						(t) -> t.put("alert_id", t.get("alert_id").asString().toUpperCase()), "alert_id"),
				new Violation("alert_id missing", (t) -> t.remove("alert_id"), "alert_id"),
				new Violation("upper-case subject_address",
						(t) -> t.put("subject_address", "0x2BD806C97F0E00AF1A1FC3328FA763A9269723C8"),
						"subject_address"),
				new Violation("short counterparty_address", (t) -> t.put("counterparty_address", "0xabc"),
						"counterparty_address"),
				new Violation("no detectors", (t) -> t.putArray("detectors"), "detectors"),
				new Violation("no evidence", (t) -> t.putArray("evidence_event_ids"), "evidence_event_ids"),
				new Violation("repeated evidence", evidence((ids) -> ids.add(ids.get(0).asString())),
						"evidence_event_ids"),
				new Violation("malformed evidence", evidence((ids) -> ids.set(0, "1:0xabc:1:0")), "evidence_event_ids"),
				new Violation("detector score 101", detector((d) -> d.put("score", 101)), "score"),
				new Violation("detector without reason", detector((d) -> d.remove("reason")), "reason"),
				new Violation("blank detector reason", detector((d) -> d.put("reason", "   ")), "reason"),
				new Violation("detector id with spaces", detector((d) -> d.put("id", "Large Transfer")), "id"),
				new Violation("numeric detector param",
						detector((d) -> ((ObjectNode) d.get("params")).put("ratio", 41)), "params"),
				new Violation("detector without params", detector((d) -> d.remove("params")), "params"),
				new Violation("transaction_hash missing", (t) -> t.remove("transaction_hash"), "transaction_hash"),
				new Violation("negative block_number", (t) -> t.put("block_number", -1), "block_number"), new Violation(
						"created_at without zone", (t) -> t.put("created_at", "2024-06-10T06:13:26"), "created_at"));
	}

	@ParameterizedTest
	@MethodSource("violations")
	void bothRejectEveryViolation(Violation violation) {
		Agreement.assertRejectedByBoth(JsonSchemas.RISK_ALERT, RiskAlert.class,
				Examples.changed(RAISED, violation.change()), violation.field());
	}

	static Stream<Violation> recordOnlyRules() {
		return Stream.of(
				new Violation("alert_id of other inputs", (t) -> t.put("alert_id", "0".repeat(64)), "alert_id"),
				new Violation("evidence of another chain",
						evidence((ids) -> ids.set(0, ids.get(0).asString().replaceFirst("^1:", "5:"))),
						"evidence_event_ids"),
				new Violation("a detector twice",
						(t) -> ((ArrayNode) t.get("detectors")).add(t.get("detectors").get(0)), "detectors"));
	}

	@ParameterizedTest
	@MethodSource("recordOnlyRules")
	void theRecordAlsoChecksWhatTheSchemaCannotExpress(Violation violation) {
		String json = Examples.changed(RAISED, violation.change());

		assertThat(JsonSchemas.errors(JsonSchemas.RISK_ALERT, json)).isEmpty();
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), RiskAlert.class))
			.withMessageContaining(violation.field());
	}

	private static Consumer<ObjectNode> detector(Consumer<ObjectNode> change) {
		return (tree) -> change.accept((ObjectNode) tree.get("detectors").get(0));
	}

	private static Consumer<ObjectNode> evidence(Consumer<ArrayNode> change) {
		return (tree) -> change.accept((ArrayNode) tree.get("evidence_event_ids"));
	}

}
