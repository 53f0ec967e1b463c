package io.chainsignal.common.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.chainsignal.common.Examples;
import io.chainsignal.common.JsonSchemas;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.json.Fields;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link TokenTransferSerializer} and {@link TokenTransferDeserializer} on the example
 * events and on the edges of the contract.
 */
class TokenTransferSerdeTest {

	private final TokenTransferSerializer serializer = new TokenTransferSerializer();

	private final TokenTransferDeserializer deserializer = new TokenTransferDeserializer();

	static List<String> examples() {
		return Examples.names("token-transfer-");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleRoundTripsToTheSameJson(String example) {
		TokenTransfer transfer = this.deserializer.deserialize("token-transfers", Examples.bytes(example));

		byte[] written = this.serializer.serialize("token-transfers", transfer);

		assertThat(tree(written)).isEqualTo(EventJson.mapper().readTree(Examples.text(example)));
		assertThat(Examples.docsStyle(transfer)).isEqualTo(Examples.text(example));
		assertThat(this.deserializer.deserialize("token-transfers", written)).isEqualTo(transfer);
	}

	@Test
	void valueAtZeroAndAtTwoToThe256MinusOneRoundTripAsStringsAndMatchTheSchema() {
		for (String value : List.of("0", Fields.UINT256_MAX.toString())) {
			String json = Examples.changed("token-transfer-erc20-unconfirmed", (tree) -> tree.put("value", value));

			TokenTransfer transfer = this.deserializer.deserialize("token-transfers", bytes(json));
			byte[] written = this.serializer.serialize("token-transfers", transfer);

			assertThat(transfer.value()).hasToString(value);
			assertThat(tree(written).get("value").isString()).isTrue();
			assertThat(tree(written).get("value").asString()).isEqualTo(value);
			assertThat(JsonSchemas.errors(JsonSchemas.TOKEN_TRANSFER, new String(written, StandardCharsets.UTF_8)))
				.isEmpty();
		}
	}

	@Test
	void valueAboveTwoToThe256MinusOneIsRejected() {
		String json = Examples.changed("token-transfer-erc20-unconfirmed",
				(tree) -> tree.put("value", Fields.UINT256_MAX.add(java.math.BigInteger.ONE).toString()));

		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("token-transfers", bytes(json)))
			.withMessage("Invalid TokenTransfer: value: must be from 0 to 2^256-1, got "
					+ "115792089237316195423570985008687907853269984665640564039457584007913129639936");
	}

	@Test
	void aNumericValueIsRejectedEvenWhenSmall() {
		String json = Examples.changed("token-transfer-erc20-unconfirmed", (tree) -> tree.put("value", 1));

		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("token-transfers", bytes(json)))
			.withMessage("Invalid TokenTransfer: value: must be a decimal integer in a JSON string, got a JSON number");
	}

	@Test
	void anUpperCaseAddressIsRejected() {
		String json = Examples.changed("token-transfer-erc20-unconfirmed",
				(tree) -> tree.put("to_address", "0x81B637D8FCD2C6DA6359E6963113A1170DE795E4"));

		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("token-transfers", bytes(json)))
			.withMessage("Invalid TokenTransfer: to_address: must be lower-case 0x hex of 20 bytes, "
					+ "got \"0x81B637D8FCD2C6DA6359E6963113A1170DE795E4\"");
	}

	@Test
	void unknownFieldsAreIgnoredAtEveryLevel() {
		String json = Examples.changed("token-transfer-erc20-unconfirmed", (tree) -> {
			tree.put("gas_price", "1000000000");
			tree.putObject("future").putArray("nested").add(1);
			((tools.jackson.databind.node.ObjectNode) tree.get("token")).put("logo_uri",
					"https://example.org/usdc.png");
		});

		TokenTransfer transfer = this.deserializer.deserialize("token-transfers", bytes(json));

		assertThat(transfer).isEqualTo(
				this.deserializer.deserialize("token-transfers", Examples.bytes("token-transfer-erc20-unconfirmed")));
		assertThat(JsonSchemas.errors(JsonSchemas.TOKEN_TRANSFER, json)).isEmpty();
	}

	@Test
	void missingNullableFieldsReadAsNull() {
		String json = Examples.changed("token-transfer-erc1155-batch-confirmed",
				(tree) -> tree.remove(List.of("token", "tx_from", "tx_to")));

		TokenTransfer transfer = this.deserializer.deserialize("token-transfers", bytes(json));

		assertThat(transfer.token()).isNull();
		assertThat(transfer.txFrom()).isNull();
		assertThat(JsonSchemas.errors(JsonSchemas.TOKEN_TRANSFER, json)).isEmpty();
	}

	@Test
	void theSerializerWritesNullFieldsAsNull() {
		TokenTransfer transfer = this.deserializer.deserialize("token-transfers",
				Examples.bytes("token-transfer-erc1155-batch-confirmed"));

		JsonNode written = tree(this.serializer.serialize("token-transfers", transfer));

		assertThat(written.get("token").isNull()).isTrue();
		assertThat(written.get("tx_from").isNull()).isTrue();
		assertThat(written.get("tx_to").isNull()).isTrue();
	}

	@Test
	void aMissingNumberIsAnErrorNotZero() {
		String json = Examples.changed("token-transfer-erc20-unconfirmed", (tree) -> tree.remove("log_index"));

		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("token-transfers", bytes(json)))
			.withMessageContaining("log_index");
	}

	@Test
	void malformedJsonIsACatchableKafkaSerializationException() {
		assertThatExceptionOfType(SerializationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("token-transfers", bytes("{\"schema_version\":1,")))
			.isInstanceOf(EventValidationException.class)
			.withMessageStartingWith("Invalid TokenTransfer: malformed JSON at line 1");
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("token-transfers",
					bytes("{\"schema_version\": 1, \"status\": CONFIRMED}")))
			.withMessage("Invalid TokenTransfer: malformed JSON at line 1, column 33: Unrecognized token 'CONFIRMED': "
					+ "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
	}

	@Test
	void theExceptionSurvivesJavaSerializationAsSpringKafkaHeadersNeedIt() throws Exception {
		String invalid = Examples.changed("token-transfer-erc20-unconfirmed", (tree) -> tree.put("value", "-1"));
		for (String json : List.of(invalid, "{\"schema_version\": 1,")) {
			EventValidationException thrown = catchThrowableOfType(EventValidationException.class,
					() -> this.deserializer.deserialize("token-transfers", bytes(json)));

			ByteArrayOutputStream serialized = new ByteArrayOutputStream();
			try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
				out.writeObject(thrown);
			}
			try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized.toByteArray()))) {
				assertThat((Throwable) in.readObject()).isInstanceOf(EventValidationException.class)
					.hasMessage(thrown.getMessage());
			}
		}
	}

	@Test
	void nullIsATombstoneBothWays() {
		assertThat(this.deserializer.deserialize("token-transfers", null)).isNull();
		assertThat(this.serializer.serialize("token-transfers", null)).isNull();
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode tree(byte[] json) {
		return EventJson.mapper().readTree(json);
	}

}
