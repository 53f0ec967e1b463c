package io.chainsignal.common.alert;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.chainsignal.common.Examples;
import io.chainsignal.common.JsonSchemas;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.EventValidationException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RiskAlertSerializer} and {@link RiskAlertDeserializer} on the example alerts and
 * on the edges of the contract.
 */
class RiskAlertSerdeTest {

	private final RiskAlertSerializer serializer = new RiskAlertSerializer();

	private final RiskAlertDeserializer deserializer = new RiskAlertDeserializer();

	static List<String> examples() {
		return Examples.names("risk-alert-");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleRoundTripsToTheSameJson(String example) {
		RiskAlert alert = this.deserializer.deserialize("fraud-alerts", Examples.bytes(example));

		byte[] written = this.serializer.serialize("fraud-alerts", alert);

		assertThat(EventJson.mapper().readTree(written)).isEqualTo(EventJson.mapper().readTree(Examples.text(example)));
		assertThat(Examples.docsStyle(alert)).isEqualTo(Examples.text(example));
		assertThat(JsonSchemas.errors(JsonSchemas.RISK_ALERT, new String(written, StandardCharsets.UTF_8))).isEmpty();
		assertThat(this.deserializer.deserialize("fraud-alerts", written)).isEqualTo(alert);
	}

	@Test
	void theRaisedExampleIsWhatRaisedBuilds() {
		RiskAlert example = this.deserializer.deserialize("fraud-alerts", Examples.bytes("risk-alert-raised"));

		RiskAlert built = RiskAlert.raised(example.chainId(), example.subjectAddress(), example.counterpartyAddress(),
				example.tokenAddress(), example.score(), example.detectors(), example.evidenceEventIds(),
				example.transactionHash(), example.blockNumber(), example.createdAt());

		assertThat(built).isEqualTo(example);
	}

	@Test
	void unknownFieldsAreIgnoredAtEveryLevel() {
		String json = Examples.changed("risk-alert-raised", (tree) -> {
			tree.put("model_version", "2024.06");
			((ObjectNode) tree.get("detectors").get(0)).put("weight", 0.7);
		});

		assertThat(this.deserializer.deserialize("fraud-alerts", bytes(json)))
			.isEqualTo(this.deserializer.deserialize("fraud-alerts", Examples.bytes("risk-alert-raised")));
		assertThat(JsonSchemas.errors(JsonSchemas.RISK_ALERT, json)).isEmpty();
	}

	@Test
	void missingNullableFieldsReadAsNull() {
		String json = Examples.changed("risk-alert-raised",
				(tree) -> tree.remove(List.of("counterparty_address", "token_address")));

		RiskAlert alert = this.deserializer.deserialize("fraud-alerts", bytes(json));

		assertThat(alert.counterpartyAddress()).isNull();
		assertThat(alert.tokenAddress()).isNull();
		assertThat(JsonSchemas.errors(JsonSchemas.RISK_ALERT, json)).isEmpty();
	}

	@Test
	void aViolationInsideADetectorNamesItsPath() {
		String json = Examples.changed("risk-alert-raised",
				(tree) -> ((ObjectNode) tree.get("detectors").get(1)).put("score", 101));

		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("fraud-alerts", bytes(json)))
			.withMessage("Invalid RiskAlert: detectors[1].score: must be from 0 to 100, got 101");
	}

	@Test
	void malformedJsonIsACatchableKafkaSerializationException() {
		assertThatExceptionOfType(SerializationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("fraud-alerts", bytes("{\"detectors\":[}")))
			.isInstanceOf(EventValidationException.class)
			.withMessageStartingWith("Invalid RiskAlert: malformed JSON at line 1");
	}

	@Test
	void nullIsATombstoneBothWays() {
		assertThat(this.deserializer.deserialize("fraud-alerts", null)).isNull();
		assertThat(this.serializer.serialize("fraud-alerts", null)).isNull();
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
