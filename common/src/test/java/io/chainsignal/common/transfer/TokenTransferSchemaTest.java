package io.chainsignal.common.transfer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.chainsignal.common.Agreement;
import io.chainsignal.common.Agreement.Violation;
import io.chainsignal.common.Examples;
import io.chainsignal.common.JsonSchemas;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.json.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code token-transfer-v1.schema.json}, checked by a real JSON Schema validator, agrees
 * with the {@link TokenTransfer} record: both accept every example and both reject every
 * violation.
 */
class TokenTransferSchemaTest {

	private static final String ERC20 = "token-transfer-erc20-unconfirmed";

	private static final String ERC721 = "token-transfer-erc721-confirmed";

	private static final String ERC1155 = "token-transfer-erc1155-batch-confirmed";

	private static final String UPPER_ADDRESS = "0x2BD806C97F0E00AF1A1FC3328FA763A9269723C8";

	static List<String> examples() {
		return Examples.names("token-transfer-");
	}

	@Test
	void thereIsAnExampleOfEveryStandardAndStatus() {
		List<TokenTransfer> transfers = examples().stream()
			.map((name) -> EventJson.read(Examples.bytes(name), TokenTransfer.class))
			.toList();

		assertThat(transfers).extracting(TokenTransfer::tokenStandard).contains(TokenStandard.values());
		assertThat(transfers).extracting(TokenTransfer::status).contains(TransferStatus.values());
		assertThat(transfers).anySatisfy((transfer) -> {
			assertThat(transfer.tokenStandard()).isEqualTo(TokenStandard.ERC20);
			assertThat(transfer.token()).isNotNull();
		});
		assertThat(transfers).anySatisfy((transfer) -> {
			assertThat(transfer.tokenStandard()).isEqualTo(TokenStandard.ERC1155);
			assertThat(transfer.batchIndex()).isPositive();
			assertThat(transfer.operatorAddress()).isNotNull();
		});
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsValid(String example) {
		Agreement.assertAcceptedByBoth(JsonSchemas.TOKEN_TRANSFER, TokenTransfer.class, Examples.text(example));
	}

	static Stream<Violation> erc20Violations() {
		return Stream.of(
				new Violation("value 2^256", (t) -> t.put("value", BigInteger.TWO.pow(256).toString()), "value"),
				new Violation("value as a JSON number", (t) -> t.put("value", 1), "value"),
				new Violation("negative value", (t) -> t.put("value", "-1"), "value"),
				new Violation("value with a leading zero", (t) -> t.put("value", "01"), "value"),
				new Violation("value in hex", (t) -> t.put("value", "0x10"), "value"),
				new Violation("value missing", (t) -> t.remove("value"), "value"),
				new Violation("upper-case from_address", (t) -> t.put("from_address", UPPER_ADDRESS), "from_address"),
				new Violation("upper-case tx_from", (t) -> t.put("tx_from", UPPER_ADDRESS), "tx_from"),
				new Violation("short token_address", (t) -> t.put("token_address", "0x1234"), "token_address"),
				new Violation("block_hash of 20 bytes", (t) -> t.put("block_hash", "0x" + "ab".repeat(20)),
						"block_hash"),
				new Violation("block_hash missing", (t) -> t.remove("block_hash"), "block_hash"),
				new Violation("unknown status", (t) -> t.put("status", "PENDING"), "status"),
				new Violation("lower-case status", (t) -> t.put("status", "confirmed"), "status"),
				new Violation("unknown token_standard", (t) -> t.put("token_standard", "ERC777"), "token_standard"),
				new Violation("schema_version 2", (t) -> t.put("schema_version", 2), "schema_version"),
				new Violation("log_index missing", (t) -> t.remove("log_index"), "log_index"),
				new Violation("log_index beyond int", (t) -> t.put("log_index", 2_147_483_648L), "log_index"),
				new Violation("chain_id 0", (t) -> t.put("chain_id", 0), "chain_id"),
				new Violation("chain_id as a string", (t) -> t.put("chain_id", "1"), "chain_id"),
				new Violation("negative block_number", (t) -> t.put("block_number", -1), "block_number"),
				new Violation("fractional block_timestamp", (t) -> t.put("block_timestamp", 1.5), "block_timestamp"),
				new Violation("malformed event_id", (t) -> t.put("event_id", "abc"), "event_id"),
				new Violation("ERC20 with a token_id", (t) -> t.put("token_id", "5"), "token_id"),
				new Violation("ERC20 with an operator",
						(t) -> t.put("operator_address", t.get("to_address").asString()), "operator_address"),
				new Violation("ERC20 with batch_index 1", (t) -> {
					t.put("batch_index", 1);
					t.put("event_id", t.get("event_id").asString().replaceFirst(":0$", ":1"));
				}, "batch_index"), new Violation("decimals 256", (t) -> token(t).put("decimals", 256), "decimals"),
				new Violation("emitted_at with an offset", (t) -> t.put("emitted_at", "2024-06-10T08:13:25+02:00"),
						"emitted_at"),
				new Violation("emitted_at as epoch seconds", (t) -> t.put("emitted_at", 1718000005), "emitted_at"),
				new Violation("emitted_at missing", (t) -> t.remove("emitted_at"), "emitted_at"));
	}

	@ParameterizedTest
	@MethodSource("erc20Violations")
	void bothRejectEveryViolation(Violation violation) {
		Agreement.assertRejectedByBoth(JsonSchemas.TOKEN_TRANSFER, TokenTransfer.class,
				Examples.changed(ERC20, violation.change()), violation.field());
	}

	static Stream<Violation> erc721Violations() {
		return Stream.of(new Violation("ERC721 without token_id", (t) -> t.remove("token_id"), "token_id"),
				new Violation("ERC721 with a null token_id", (t) -> t.putNull("token_id"), "token_id"),
				new Violation("ERC721 with value 2", (t) -> t.put("value", "2"), "value"),
				new Violation("ERC721 with an operator",
						(t) -> t.put("operator_address", t.get("to_address").asString()), "operator_address"));
	}

	@ParameterizedTest
	@MethodSource("erc721Violations")
	void bothRejectEveryErc721Violation(Violation violation) {
		Agreement.assertRejectedByBoth(JsonSchemas.TOKEN_TRANSFER, TokenTransfer.class,
				Examples.changed(ERC721, violation.change()), violation.field());
	}

	static Stream<Violation> erc1155Violations() {
		return Stream.of(
				new Violation("ERC1155 without operator", (t) -> t.putNull("operator_address"), "operator_address"),
				new Violation("ERC1155 without token_id", (t) -> t.remove("token_id"), "token_id"),
				new Violation("ERC1155 token_id 2^256", (t) -> t.put("token_id", BigInteger.TWO.pow(256).toString()),
						"token_id"),
				new Violation("ERC1155 negative batch_index", (t) -> t.put("batch_index", -1), "batch_index"));
	}

	@ParameterizedTest
	@MethodSource("erc1155Violations")
	void bothRejectEveryErc1155Violation(Violation violation) {
		Agreement.assertRejectedByBoth(JsonSchemas.TOKEN_TRANSFER, TokenTransfer.class,
				Examples.changed(ERC1155, violation.change()), violation.field());
	}

	static Stream<Violation> recordOnlyRules() {
		return Stream.of(
				new Violation("event_id not matching its parts", (t) -> t.put("log_index", 46),
						"event_id: must be {chain_id}:{transaction_hash}:{log_index}:{batch_index}"),
				new Violation("an integer written as 20000000.0",
						(t) -> t.put("block_number", new BigDecimal("20000000.0")), "block_number"));
	}

	@ParameterizedTest
	@MethodSource("recordOnlyRules")
	void theRecordAlsoChecksWhatTheSchemaCannotExpress(Violation violation) {
		String json = Examples.changed(ERC20, violation.change());

		assertThat(JsonSchemas.errors(JsonSchemas.TOKEN_TRANSFER, json)).isEmpty();
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), TokenTransfer.class))
			.withMessageContaining(violation.field());
	}

	@Test
	void theUint256PatternIsExactlyTheRangeZeroToTwoToThe256MinusOne() {
		Pattern pattern = Pattern
			.compile(JsonSchemas.TOKEN_TRANSFER.getSchemaNode().get("$defs").get("uint256").get("pattern").asString());
		Random random = new Random(256);
		for (int i = 0; i < 20_000; i++) {
			BigInteger candidate = (i % 2 == 0) ? new BigInteger(random.nextInt(1, 300), random)
					: Fields.UINT256_MAX.add(new BigInteger(random.nextInt(1, 250), random)
						.multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)));
			if (candidate.signum() >= 0) {
				boolean inRange = candidate.compareTo(Fields.UINT256_MAX) <= 0;
				assertThat(pattern.matcher(candidate.toString()).matches()).as("%s", candidate).isEqualTo(inRange);
			}
		}
		for (BigInteger edge : List.of(BigInteger.ZERO, BigInteger.TEN, BigInteger.TEN.pow(77), Fields.UINT256_MAX)) {
			assertThat(pattern.matcher(edge.toString()).matches()).as("%s", edge).isTrue();
		}
		for (String outside : List.of(BigInteger.TWO.pow(256).toString(), BigInteger.TEN.pow(78).toString(), "-1", "00",
				"1.0", "")) {
			assertThat(pattern.matcher(outside).matches()).as("%s", outside).isFalse();
		}
	}

	private static ObjectNode token(ObjectNode transfer) {
		return (ObjectNode) transfer.get("token");
	}

}
