package io.chainsignal.common.transfer;

import java.math.BigInteger;
import java.time.Instant;

import io.chainsignal.common.Examples;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.json.Fields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@link TokenTransfer} record's Java API and the invariants its constructor
 * enforces.
 */
class TokenTransferTest {

	private static final String TX = "0xd3bfe92556e894da36477459ec40b436e85bb0055f285b578d165a9d2f5f6df4";

	private static final String BLOCK = "0x" + "b1".repeat(32);

	private static final String TOKEN = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

	private static final String ALICE = "0x2bd806c97f0e00af1a1fc3328fa763a9269723c8";

	private static final String BOB = "0x81b637d8fcd2c6da6359e6963113a1170de795e4";

	private static final Instant AT = Instant.parse("2024-06-10T06:13:25Z");

	@Test
	void eventIdJoinsChainTransactionLogAndBatch() {
		assertThat(TokenTransfer.eventId(1, TX, 45, 0)).isEqualTo("1:" + TX + ":45:0");
	}

	@Test
	void keyIsChainAndTransaction() {
		assertThat(transfer(TokenStandard.ERC20, BigInteger.TEN, null, null, 0).key()).isEqualTo("1:" + TX);
	}

	@Test
	void withStatusKeepsTheEventIdAndPlacement() {
		TokenTransfer unconfirmed = EventJson.read(Examples.bytes("token-transfer-erc20-unconfirmed"),
				TokenTransfer.class);
		Instant later = AT.plusSeconds(60);

		TokenTransfer removed = unconfirmed.withStatus(TransferStatus.REMOVED, later);

		assertThat(removed.status()).isEqualTo(TransferStatus.REMOVED);
		assertThat(removed.emittedAt()).isEqualTo(later);
		assertThat(removed.withStatus(TransferStatus.UNCONFIRMED, unconfirmed.emittedAt())).isEqualTo(unconfirmed);
		assertThat(removed.eventId()).isEqualTo(unconfirmed.eventId());
		assertThat(removed.blockHash()).isEqualTo(unconfirmed.blockHash());
	}

	@Test
	void withTokenAndWithTransactionAddEnrichment() {
		TokenInfo usdc = new TokenInfo("USDC", "USD Coin", 6);

		TokenTransfer enriched = transfer(TokenStandard.ERC20, BigInteger.TEN, null, null, 0).withToken(usdc)
			.withTransaction(ALICE, TOKEN);

		assertThat(enriched.token()).isEqualTo(usdc);
		assertThat(enriched.txFrom()).isEqualTo(ALICE);
		assertThat(enriched.txTo()).isEqualTo(TOKEN);
		assertThat(enriched.withToken(null).withTransaction(null, null))
			.isEqualTo(transfer(TokenStandard.ERC20, BigInteger.TEN, null, null, 0));
	}

	@Test
	void valueIsZeroToTwoToThe256MinusOne() {
		assertThat(transfer(TokenStandard.ERC20, BigInteger.ZERO, null, null, 0).value()).isZero();
		assertThat(transfer(TokenStandard.ERC20, Fields.UINT256_MAX, null, null, 0).value()).isEqualTo(
				new BigInteger("115792089237316195423570985008687907853269984665640564039457584007913129639935"));
		assertInvalid(() -> transfer(TokenStandard.ERC20, Fields.UINT256_MAX.add(BigInteger.ONE), null, null, 0),
				"value: must be from 0 to 2^256-1, got 115792089237316195423570985008687907853269984665640564039457584007913129639936");
		assertInvalid(() -> transfer(TokenStandard.ERC20, BigInteger.valueOf(-5), null, null, 0),
				"value: must be from 0 to 2^256-1, got -5");
		assertInvalid(
				() -> transfer(TokenStandard.ERC1155, BigInteger.ONE, Fields.UINT256_MAX.add(BigInteger.ONE), BOB, 0),
				"token_id: must be from 0 to 2^256-1");
	}

	@Test
	void erc20HasNoTokenIdNoOperatorAndBatchIndexZero() {
		assertInvalid(() -> transfer(TokenStandard.ERC20, BigInteger.TEN, BigInteger.ONE, null, 0),
				"token_id: must be null for ERC20, got 1");
		assertInvalid(() -> transfer(TokenStandard.ERC20, BigInteger.TEN, null, BOB, 0),
				"operator_address: must be null for ERC20, got " + BOB);
		assertInvalid(() -> transfer(TokenStandard.ERC20, BigInteger.TEN, null, null, 1),
				"batch_index: must be 0 for ERC20, got 1");
	}

	@Test
	void erc721HasATokenIdAndValueOne() {
		assertThat(transfer(TokenStandard.ERC721, BigInteger.ONE, BigInteger.ZERO, null, 0).tokenId()).isZero();
		assertInvalid(() -> transfer(TokenStandard.ERC721, BigInteger.ONE, null, null, 0),
				"token_id: is missing or null");
		assertInvalid(() -> transfer(TokenStandard.ERC721, BigInteger.TWO, BigInteger.ONE, null, 0),
				"value: must be 1 for ERC721, got 2");
		assertInvalid(() -> transfer(TokenStandard.ERC721, BigInteger.ONE, BigInteger.ONE, BOB, 0),
				"operator_address: must be null for ERC721");
		assertInvalid(() -> transfer(TokenStandard.ERC721, BigInteger.ONE, BigInteger.ONE, null, 2),
				"batch_index: must be 0 for ERC721, got 2");
	}

	@Test
	void erc1155HasATokenIdAnOperatorAndAnyBatchIndex() {
		TokenTransfer item = transfer(TokenStandard.ERC1155, BigInteger.valueOf(250), BigInteger.valueOf(3), BOB, 2);

		assertThat(item.eventId()).endsWith(":45:2");
		assertInvalid(() -> transfer(TokenStandard.ERC1155, BigInteger.ONE, BigInteger.ONE, null, 0),
				"operator_address: is missing or null");
		assertInvalid(() -> transfer(TokenStandard.ERC1155, BigInteger.ONE, null, BOB, 0),
				"token_id: is missing or null");
	}

	@Test
	void addressesAndHashesAreLowerCaseHex() {
		assertInvalid(
				() -> new TokenTransfer(1, TokenTransfer.eventId(1, TX, 45, 0), TransferStatus.CONFIRMED, 1, 20, BLOCK,
						1, TX, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE.toUpperCase().replace("0X", "0x"), BOB, null,
						BigInteger.ONE, null, null, null, null, AT),
				"from_address: must be lower-case 0x hex of 20 bytes");
		String upperTx = TX.toUpperCase().replace("0X", "0x");
		assertInvalid(() -> new TokenTransfer(1, TokenTransfer.eventId(1, upperTx, 45, 0), TransferStatus.CONFIRMED, 1,
				20, BLOCK, 1, upperTx, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null,
				null, null, null, AT), "transaction_hash: must be lower-case 0x hex of 32 bytes");
	}

	@Test
	void eventIdMustMatchItsParts() {
		assertInvalid(
				() -> new TokenTransfer(1, TokenTransfer.eventId(1, TX, 44, 0), TransferStatus.CONFIRMED, 1, 20, BLOCK,
						1, TX, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null, null, null,
						null, AT),
				"event_id: must be {chain_id}:{transaction_hash}:{log_index}:{batch_index} = 1:" + TX + ":45:0, got 1:"
						+ TX + ":44:0");
	}

	@Test
	void onlySchemaVersionOneAndRequiredFieldsPresent() {
		assertInvalid(() -> new TokenTransfer(2, TokenTransfer.eventId(1, TX, 45, 0), TransferStatus.CONFIRMED, 1, 20,
				BLOCK, 1, TX, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null, null, null,
				null, AT), "schema_version: must be 1, got 2");
		assertInvalid(
				() -> new TokenTransfer(1, TokenTransfer.eventId(1, TX, 45, 0), null, 1, 20, BLOCK, 1, TX, 0, 45, 0,
						TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null, null, null, null, AT),
				"status: is missing or null");
		assertInvalid(() -> new TokenTransfer(1, TokenTransfer.eventId(1, TX, 45, 0), TransferStatus.CONFIRMED, 1, 20,
				BLOCK, 1, TX, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null, null, null,
				null, null), "emitted_at: is missing or null");
		assertInvalid(() -> new TokenTransfer(1, TokenTransfer.eventId(0, TX, 45, 0), TransferStatus.CONFIRMED, 0, 20,
				BLOCK, 1, TX, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null, null, null,
				null, AT), "chain_id: must be a positive EIP-155 chain id, got 0");
		assertInvalid(() -> new TokenTransfer(1, TokenTransfer.eventId(1, TX, 45, 0), TransferStatus.CONFIRMED, 1, -1,
				BLOCK, 1, TX, 0, 45, 0, TOKEN, TokenStandard.ERC20, ALICE, BOB, null, BigInteger.ONE, null, null, null,
				null, AT), "block_number: must not be negative, got -1");
	}

	@Test
	void tokenDecimalsAreAUint8WhenKnown() {
		assertThat(new TokenInfo(null, null, null).decimals()).isNull();
		assertThat(new TokenInfo("X", "X", 255).decimals()).isEqualTo(255);
		assertInvalid(() -> new TokenInfo("X", "X", 256), "decimals: must be from 0 to 255, got 256");
	}

	private static TokenTransfer transfer(TokenStandard standard, BigInteger value, BigInteger tokenId, String operator,
			int batchIndex) {
		return new TokenTransfer(TokenTransfer.SCHEMA_VERSION, TokenTransfer.eventId(1, TX, 45, batchIndex),
				TransferStatus.CONFIRMED, 1, 20_000_000, BLOCK, 1_718_000_003, TX, 17, 45, batchIndex, TOKEN, standard,
				ALICE, BOB, operator, value, tokenId, null, null, null, AT);
	}

	private static void assertInvalid(Runnable construction, String message) {
		assertThatExceptionOfType(EventValidationException.class).isThrownBy(construction::run)
			.withMessageStartingWith(message);
	}

}
