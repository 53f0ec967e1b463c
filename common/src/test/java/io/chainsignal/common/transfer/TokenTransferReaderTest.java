package io.chainsignal.common.transfer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import io.chainsignal.common.Agreement.Violation;
import io.chainsignal.common.Examples;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming {@link TokenTransferReader} against the Jackson path of
 * {@link EventJson#read}, which stays the contract's reference: whatever the reader
 * accepts, the Jackson path accepts as an equal record, and the deserializer, which uses
 * both, answers exactly as the Jackson path alone (same record, or same exception and
 * message).
 */
class TokenTransferReaderTest {

	private static final String ERC20 = "token-transfer-erc20-unconfirmed";

	private static final List<String> FIELDS = List.of("schema_version", "event_id", "status", "chain_id",
			"block_number", "block_hash", "block_timestamp", "transaction_hash", "transaction_index", "log_index",
			"batch_index", "token_address", "token_standard", "from_address", "to_address", "operator_address", "value",
			"token_id", "token", "tx_from", "tx_to", "emitted_at", "unknown_field");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<JsonNode> ODD_VALUES = List.of(NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(1),
			NODES.numberNode(-1), NODES.numberNode(46), NODES.numberNode(Integer.MAX_VALUE),
			NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(2_147_483_648L), NODES.numberNode(Long.MAX_VALUE),
			NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(BigInteger.TWO.pow(64)), NODES.numberNode(1.5),
			NODES.numberNode(new BigDecimal("20000000.0")), NODES.numberNode(1e3), NODES.booleanNode(true),
			NODES.stringNode(""), NODES.stringNode("0"), NODES.stringNode("1"), NODES.stringNode("01"),
			NODES.stringNode("-1"), NODES.stringNode("+1"), NODES.stringNode("1e3"), NODES.stringNode("x"),
			NODES.stringNode("CONFIRMED"), NODES.stringNode("REMOVED"), NODES.stringNode("confirmed"),
			NODES.stringNode("ERC20"), NODES.stringNode("ERC721"), NODES.stringNode("ERC1155"),
			NODES.stringNode("0x2bd806c97f0e00af1a1fc3328fa763a9269723c8"),
			NODES.stringNode("0x2BD806C97F0E00AF1A1FC3328FA763A9269723C8"), NODES.stringNode("0x" + "ab".repeat(32)),
			NODES.stringNode("2024-06-10T08:13:25Z"), NODES.stringNode("2024-02-29T00:00:00.5Z"),
			NODES.stringNode("2023-02-29T00:00:00Z"), NODES.stringNode("2024-06-10T24:00:00Z"),
			NODES.stringNode("2016-12-31T23:59:60Z"), NODES.stringNode("2024-06-10T08:13:25.123456789Z"),
			NODES.stringNode("2024-06-10T08:13:25.1234567891Z"), NODES.stringNode("2024-06-10T08:13:25.Z"),
			NODES.stringNode("2024-06-10t08:13:25z"), NODES.stringNode("2024-06-10T08:13:25+00:00"),
			NODES.stringNode("+2024-06-10T08:13:25Z"), NODES.stringNode("1".repeat(78)),
			NODES.stringNode("1".repeat(79)), NODES.stringNode(Fields.UINT256_MAX.toString()),
			NODES.stringNode(Fields.UINT256_MAX.add(BigInteger.ONE).toString()), NODES.stringNode("9".repeat(18)),
			NODES.stringNode("9".repeat(19)), NODES.objectNode(), NODES.arrayNode(),
			NODES.objectNode().put("symbol", "X"), NODES.objectNode().put("decimals", 6),
			NODES.objectNode().put("decimals", "6"), NODES.objectNode().put("decimals", 2.0),
			NODES.objectNode().put("decimals", 300), NODES.objectNode().putNull("decimals").putNull("name"));

	static List<String> examples() {
		return Examples.names("token-transfer-");
	}

	static Stream<Violation> violations() {
		return Stream
			.of(TokenTransferSchemaTest.erc20Violations(), TokenTransferSchemaTest.erc721Violations(),
					TokenTransferSchemaTest.erc1155Violations(), TokenTransferSchemaTest.recordOnlyRules())
			.flatMap(Function.identity());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsReadByTheStreamingReaderToTheSameRecord(String example) {
		byte[] json = Examples.bytes(example);

		TokenTransfer read = TokenTransferReader.read(json);

		assertThat(read).isNotNull().isEqualTo(EventJson.read(json, TokenTransfer.class));
	}

	@ParameterizedTest
	@MethodSource("violations")
	void everyContractViolationIsLeftToTheJacksonPathWhichExplainsIt(Violation violation) {
		byte[] json = bytes(Examples.changed(
				violation.name().startsWith("ERC721") ? "token-transfer-erc721-confirmed"
						: violation.name().startsWith("ERC1155") ? "token-transfer-erc1155-batch-confirmed" : ERC20,
				violation.change()));

		assertThat(TokenTransferReader.read(json)).isNull();
		Outcome outcome = Outcome.of(() -> new TokenTransferDeserializer().deserialize("token-transfers", json));
		assertThat(outcome.transfer()).isNull();
		assertThat(outcome).isEqualTo(Outcome.of(() -> EventJson.read(json, TokenTransfer.class)));
		assertThat(outcome.message()).startsWith("Invalid TokenTransfer: ").contains(violation.field().split(":")[0]);
	}

	@Test
	void theTwoPathsAgreeOnEightThousandRandomMutationsOfTheExamples() {
		Random random = new Random(20_240_610);
		TokenTransferDeserializer deserializer = new TokenTransferDeserializer();
		int accepted = 0;
		int readByTheReader = 0;
		int rejected = 0;
		for (int i = 0; i < 8_000; i++) {
			String example = examples().get(random.nextInt(examples().size()));
			String json = mutant(example, random);
			byte[] bytes = bytes(json);

			Outcome reference = Outcome.of(() -> EventJson.read(bytes, TokenTransfer.class));
			TokenTransfer fast = TokenTransferReader.read(bytes);

			if (fast != null) {
				assertThat(reference.transfer()).as("accepted by the reader only: %s", json).isEqualTo(fast);
				readByTheReader++;
			}
			assertThat(Outcome.of(() -> deserializer.deserialize("token-transfers", bytes))).as(json)
				.isEqualTo(reference);
			if (reference.transfer() != null) {
				accepted++;
				if (fast == null) {
					assertThat(leftToTheJacksonPathByDesign(EventJson.mapper().readTree(bytes)))
						.as("valid but left to the Jackson path: %s", json)
						.isTrue();
					readByTheReader++;
				}
			}
			else {
				rejected++;
			}
		}
		assertThat(accepted).as("valid mutants").isGreaterThan(1_500);
		assertThat(rejected).as("invalid mutants").isGreaterThan(1_500);
		assertThat(readByTheReader).as("read by the reader, or by design by the Jackson path").isEqualTo(accepted);
	}

	/**
	 * The valid events the reader leaves to the Jackson path on purpose: an
	 * {@code emitted_at} at {@code 24:00:00} or on a leap second, an unknown field
	 * holding an object or an array, or token metadata with an unknown field.
	 */
	private static boolean leftToTheJacksonPathByDesign(JsonNode event) {
		boolean unknownContainer = event.properties()
			.stream()
			.anyMatch((field) -> (!FIELDS.contains(field.getKey()) || field.getKey().equals("unknown_field"))
					&& field.getValue().isContainer());
		boolean unknownMetadata = event.path("token").isObject() && event.get("token")
			.propertyNames()
			.stream()
			.anyMatch((name) -> !List.of("symbol", "name", "decimals").contains(name));
		return unknownContainer || unknownMetadata
				|| event.get("emitted_at").asString().matches(".*T24:.*|.*:60(\\.[0-9]+)?Z");
	}

	/**
	 * An example with one to three random changes: values, fields, or the text itself.
	 */
	private static String mutant(String example, Random random) {
		int kind = random.nextInt(10);
		if (kind < 4) {
			return Examples.changed(example, (tree) -> validChange(tree, random));
		}
		String json = Examples.changed(example, (tree) -> {
			validChange(tree, random);
			for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
				String field = FIELDS.get(random.nextInt(FIELDS.size()));
				if (random.nextInt(4) == 0) {
					tree.remove(field);
				}
				else {
					tree.set(field, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
				}
			}
		});
		return switch (kind) {
			case 4 -> json.replaceFirst("\\{", "{\"value\": \"1\", ");
			case 5 -> json + ((random.nextBoolean()) ? " {}" : " x");
			case 6 -> json.substring(0, random.nextInt(json.length()));
			case 7 -> json.replace("\"0x", "\"\\u0030x");
			case 8 -> json.replaceFirst("\\{", "{\"extra\": 1, \"extra\": 2, ");
			default -> json.replaceFirst("\\{", "{\"extra\": 1, \"more\": \"x\", ");
		};
	}

	/** A change that keeps the event valid: other numbers, status, amounts and times. */
	private static void validChange(ObjectNode tree, Random random) {
		long chainId = 1 + random.nextInt(3) * (long) random.nextInt(100_000);
		int logIndex = random.nextInt(3) * random.nextInt(100_000);
		tree.put("chain_id", chainId);
		tree.put("log_index", logIndex);
		tree.put("event_id", TokenTransfer.eventId(chainId, tree.get("transaction_hash").asString(), logIndex,
				tree.get("batch_index").asInt()));
		tree.put("block_number", random.nextLong(0, Long.MAX_VALUE >> random.nextInt(63)));
		tree.put("status", TransferStatus.values()[random.nextInt(3)].name());
		if ("ERC721".equals(tree.get("token_standard").asString())) {
			tree.put("token_id", new BigInteger(random.nextInt(1, 257), random).toString());
		}
		else {
			tree.put("value", new BigInteger(random.nextInt(1, 257), random).toString());
		}
		tree.put("emitted_at",
				Instant
					.ofEpochSecond(random.nextLong(0, 253_402_300_799L),
							random.nextInt(3) * random.nextInt(1_000_000_000))
					.toString());
		if (tree.get("token") instanceof ObjectNode token && random.nextBoolean()) {
			token.put("decimals", random.nextInt(256));
		}
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	/** A read's result: the record, or the exception's class and message. */
	record Outcome(TokenTransfer transfer, String exception, String message) {

		static Outcome of(java.util.function.Supplier<TokenTransfer> read) {
			try {
				return new Outcome(read.get(), null, null);
			}
			catch (RuntimeException ex) {
				return new Outcome(null, ex.getClass().getName(), ex.getMessage());
			}
		}

	}

}
