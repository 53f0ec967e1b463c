package io.chainsignal.common.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shared mapper's dialect, shown on a small record instead of a real event.
 */
class EventJsonTest {

	private static final String VALID = """
			{"big_amount":"115792089237316195423570985008687907853269984665640564039457584007913129639935",
			 "seen_at":"2024-06-10T06:13:25.5Z","block_count":7,"label":"x","tags":{"a":"b"}}""";

	@Test
	void writesSnakeCaseNamesInComponentOrderWithNullsBigIntegerAsStringAndInstantAsIsoUtc() {
		Sample sample = new Sample(Fields.UINT256_MAX, Instant.parse("2024-06-10T06:13:25.500Z"), 7, null,
				Map.of("a", "b"));

		String json = new String(EventJson.write(sample), StandardCharsets.UTF_8);

		assertThat(json).isEqualTo("{\"big_amount\":\"" + Fields.UINT256_MAX
				+ "\",\"seen_at\":\"2024-06-10T06:13:25.500Z\",\"block_count\":7,\"label\":null,\"tags\":{\"a\":\"b\"}}");
	}

	@Test
	void readsWhatItWrites() {
		Sample sample = new Sample(BigInteger.ZERO, Instant.parse("2024-06-10T06:13:25Z"), 0, "label", Map.of());

		assertThat(EventJson.read(EventJson.write(sample), Sample.class)).isEqualTo(sample);
	}

	@Test
	void ignoresUnknownFields() {
		String json = VALID.replace("\"label\":\"x\"", "\"label\":\"x\",\"future\":{\"nested\":[1,2]}");

		assertThat(read(json).label()).isEqualTo("x");
	}

	@Test
	void rejectsANumberWhereADecimalStringIsExpected() {
		assertRejected(VALID.replace(
				"\"big_amount\":\"115792089237316195423570985008687907853269984665640564039457584007913129639935\"",
				"\"big_amount\":12"),
				"Invalid Sample: big_amount: must be a decimal integer in a JSON string, got a JSON number");
	}

	@Test
	void rejectsDecimalStringsWithSignLeadingZerosFractionsOrMoreThan78Digits() {
		for (String bad : new String[] { "-1", "+1", "01", "1.0", "1e3", " 1", "", "0x10", "1".repeat(79) }) {
			assertRejected(VALID.replaceFirst("\"big_amount\":\"[0-9]+\"", "\"big_amount\":\"" + bad + "\""),
					"big_amount: must be a decimal integer of at most 78 digits");
		}
	}

	@Test
	void rejectsInstantsThatAreNotIsoUtcStrings() {
		for (String bad : new String[] { "1718000003", "\"2024-06-10T06:13:25+02:00\"", "\"2024-06-10 06:13:25Z\"",
				"\"2024-13-10T06:13:25Z\"" }) {
			assertRejected(VALID.replace("\"2024-06-10T06:13:25.5Z\"", bad),
					"seen_at: must be an ISO-8601 UTC instant");
		}
	}

	@Test
	void doesNotCoerceScalars() {
		assertRejected(VALID.replace("\"block_count\":7", "\"block_count\":\"7\""), "block_count");
		assertRejected(VALID.replace("\"block_count\":7", "\"block_count\":7.5"), "block_count");
		assertRejected(VALID.replace("\"block_count\":7", "\"block_count\":null"), "block_count");
		assertRejected(VALID.replace("\"label\":\"x\"", "\"label\":5"), "label");
		assertRejected(VALID.replace("\"tags\":{\"a\":\"b\"}", "\"tags\":{\"a\":true}"), "tags");
	}

	@Test
	void rejectsDuplicateKeysAndTrailingTokens() {
		assertRejected(VALID.replace("\"label\":\"x\"", "\"label\":\"x\",\"label\":\"y\""), "Duplicate");
		assertRejected(VALID + " {}", "Trailing token");
	}

	@Test
	void rejectsMalformedJsonWithItsPosition() {
		assertRejected("{\"big_amount\": nope}", "Invalid Sample: malformed JSON at line 1, column 16");
		assertRejected("{\"big_amount\":\"1\"", "Invalid Sample: malformed JSON");
		assertRejected("", "Invalid Sample");
		assertRejected("null", "Invalid Sample: the JSON is null");
		assertRejected("[]", "Invalid Sample");
	}

	@Test
	void validationExceptionsAreKafkaSerializationExceptions() {
		assertThat(new EventValidationException("x")).isInstanceOf(SerializationException.class);
	}

	private static Sample read(String json) {
		return EventJson.read(json.getBytes(StandardCharsets.UTF_8), Sample.class);
	}

	private static void assertRejected(String json, String message) {
		assertThatExceptionOfType(EventValidationException.class).isThrownBy(() -> read(json))
			.withMessageContaining(message);
	}

	/**
	 * A small record with each kind of field the mapper treats specially.
	 */
	record Sample(BigInteger bigAmount, Instant seenAt, long blockCount, String label, Map<String, String> tags) {

	}

}
