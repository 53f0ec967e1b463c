package io.chainsignal.common.transfer;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.json.EventJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-by-field writer behind {@link TokenTransferSerializer} must stay byte for
 * byte the contract's JSON, as {@link EventJson#write(Object)} writes it, and read back
 * to the same event.
 */
class TokenTransferWriterTest {

	private static final String HASH = "0x" + "ab".repeat(32);

	private static final String TX = "0x" + "0c".repeat(32);

	private static final String TOKEN = "0x" + "11".repeat(20);

	private static final String ALICE = "0x" + "22".repeat(20);

	private static final String BOB = "0x" + "33".repeat(20);

	private static final String OPERATOR = "0x" + "44".repeat(20);

	@Test
	void writesExactlyWhatTheContractMapperWrites() {
		List<TokenInfo> tokens = new ArrayList<>();
		tokens.add(null);
		tokens.add(new TokenInfo("USDC", "USD Coin", 6));
		tokens.add(new TokenInfo(null, null, null));
		tokens.add(new TokenInfo("MKR", "Maker \"DAO\" \\ back\\slash", 18));
		tokens.add(new TokenInfo("\u00e9\u00e8\u4e2d\u6587\ud83d\ude80", "tab\tnew\nline\u0001\u007f\u2028", 0));
		tokens.add(new TokenInfo("", "</script>", 255));
		List<TokenTransfer> events = new ArrayList<>();
		for (TokenInfo token : tokens) {
			for (TransferStatus status : TransferStatus.values()) {
				events.add(event(status, TokenStandard.ERC20, BigInteger.TWO.pow(256).subtract(BigInteger.ONE), null,
						null, 0, token, ALICE, BOB));
				events.add(event(status, TokenStandard.ERC721, BigInteger.ONE, BigInteger.valueOf(7_777), null, 0,
						token, null, null));
				events.add(event(status, TokenStandard.ERC1155, BigInteger.ZERO, BigInteger.TEN.pow(70), OPERATOR, 3,
						token, ALICE, null));
			}
		}
		Instant later = Instant.parse("2030-01-01T00:00:00Z");
		for (TokenTransfer event : List.copyOf(events)) {
			// emitted_at changes between steps: alternate it, so that its cached form
			// is replaced and read back.
			events.add(event.withStatus(TransferStatus.CONFIRMED, later));
			events.add(event);
		}
		for (TokenTransfer event : events) {
			byte[] written = TokenTransferWriter.write(event);
			assertThat(new String(written, StandardCharsets.UTF_8))
				.isEqualTo(new String(EventJson.write(event), StandardCharsets.UTF_8));
			assertThat(written).isEqualTo(EventJson.write(event));
			assertThat(EventJson.read(written, TokenTransfer.class)).isEqualTo(event);
			assertThat(new TokenTransferSerializer().serialize("token-transfers", event)).isEqualTo(written);
		}
		assertThat(events).hasSize(tokens.size() * TransferStatus.values().length * 3 * 3);
	}

	private static TokenTransfer event(TransferStatus status, TokenStandard standard, BigInteger value,
			BigInteger tokenId, String operator, int batchIndex, TokenInfo token, String txFrom, String txTo) {
		return new TokenTransfer(TokenTransfer.SCHEMA_VERSION, TokenTransfer.eventId(31_337, TX, 12, batchIndex),
				status, 31_337, 19_000_123, HASH, 1_700_000_123L, TX, 4, 12, batchIndex, TOKEN, standard, ALICE, BOB,
				operator, value, tokenId, token, txFrom, txTo, Instant.parse("2026-11-22T19:40:01.123456789Z"));
	}

}
