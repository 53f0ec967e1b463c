package io.chainsignal.common.json;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shared wire-format checks and their messages.
 */
class FieldsTest {

	private static final String ADDRESS = "0x2bd806c97f0e00af1a1fc3328fa763a9269723c8";

	@Test
	void acceptsLowerCaseAddressesAndHashes() {
		assertThat(Fields.address("to_address", ADDRESS)).isEqualTo(ADDRESS);
		assertThat(Fields.hash("block_hash", "0x" + "ab".repeat(32))).startsWith("0xabab");
		assertThat(Fields.optionalAddress("tx_to", null)).isNull();
	}

	@Test
	void rejectsUpperCaseShortOrUnprefixedHexNamingTheField() {
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> Fields.address("to_address", "0x2BD806C97F0E00AF1A1FC3328FA763A9269723C8"))
			.withMessage(
					"to_address: must be lower-case 0x hex of 20 bytes, got \"0x2BD806C97F0E00AF1A1FC3328FA763A9269723C8\"");
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> Fields.hash("block_hash", "0x" + "ab".repeat(20)))
			.withMessageStartingWith("block_hash: must be lower-case 0x hex of 32 bytes");
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> Fields.address("to_address", ADDRESS.substring(2)))
			.withMessageStartingWith("to_address: must be");
		assertThatExceptionOfType(EventValidationException.class).isThrownBy(() -> Fields.address("to_address", null))
			.withMessage("to_address: is missing or null");
	}

	@Test
	void uint256IsZeroToTwoToThe256MinusOne() {
		assertThat(Fields.uint256("value", BigInteger.ZERO)).isZero();
		assertThat(Fields.uint256("value", Fields.UINT256_MAX))
			.isEqualTo(BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> Fields.uint256("value", BigInteger.TWO.pow(256)))
			.withMessageStartingWith(
					"value: must be from 0 to 2^256-1, got 115792089237316195423570985008687907853269984665640564039457584007913129639936");
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> Fields.uint256("value", BigInteger.valueOf(-1)))
			.withMessage("value: must be from 0 to 2^256-1, got -1");
	}

	@Test
	void eventIdsHaveFourParts() {
		String eventId = "1:0x" + "ab".repeat(32) + ":45:0";
		assertThat(Fields.eventId("evidence_event_ids", eventId)).isEqualTo(eventId);
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> Fields.eventId("evidence_event_ids", "1:0x" + "ab".repeat(32) + ":45"))
			.withMessageStartingWith(
					"evidence_event_ids: must be {chain_id}:{transaction_hash}:{log_index}:{batch_index}");
	}

	@Test
	void longValuesAreCutInMessages() {
		assertThat(Fields.echo("x".repeat(500))).hasSize(103).endsWith("...");
	}

}
