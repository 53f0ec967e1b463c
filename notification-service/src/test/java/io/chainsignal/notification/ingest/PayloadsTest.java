package io.chainsignal.notification.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.notification.matching.Match;
import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.Digest;
import io.chainsignal.notification.subscription.Direction;
import io.chainsignal.notification.subscription.EventType;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionFilter;
import io.chainsignal.notification.subscription.SubscriptionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transfer body written field by field is the documented body: byte for byte what
 * Jackson writes for the map of its fields, over every standard, missing and awkward
 * token metadata, flags, and token-only subscriptions.
 */
class PayloadsTest {

	private static final String TX = "0xd3bfe92556e894da36477459ec40b436e85bb0055f285b578d165a9d2f5f6df4";

	private static final String BLOCK = "0xacc219a1b34706d2b69f93feb5441c3b9a10ce35bb387ae07a379b59609343de";

	private static final String FROM = "0x2bd806c97f0e00af1a1fc3328fa763a9269723c8";

	private static final String TO = "0x81b637d8fcd2c6da6359e6963113a1170de795e4";

	private static final String TOKEN = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

	private static final UUID SUBSCRIPTION = UUID.fromString("0b8f3f57-2a49-4b8e-a3f0-4f5d1c8e6a10");

	@Test
	void writesTheDocumentedExample() {
		TokenTransfer usdc = transfer(TokenStandard.ERC20, BigInteger.valueOf(2_500_000_000_000L), null, null,
				new TokenInfo("USDC", "USD Coin", 6), TransferStatus.CONFIRMED);

		assertThat(
				Payloads.transfer(EventType.TRANSFER_CONFIRMED, usdc, new Match(subscription(), TO, "in", List.of())))
			.isEqualTo("""
					{"type":"transfer.confirmed","timestamp":"2024-06-10T06:13:25Z","data":{\
					"subscription_id":"0b8f3f57-2a49-4b8e-a3f0-4f5d1c8e6a10",\
					"event_id":"1:0xd3bfe92556e894da36477459ec40b436e85bb0055f285b578d165a9d2f5f6df4:45:0",\
					"status":"CONFIRMED","chain_id":1,"block_number":20000000,\
					"block_hash":"0xacc219a1b34706d2b69f93feb5441c3b9a10ce35bb387ae07a379b59609343de",\
					"block_timestamp":1718000003,\
					"transaction_hash":"0xd3bfe92556e894da36477459ec40b436e85bb0055f285b578d165a9d2f5f6df4",\
					"log_index":45,"batch_index":0,"watched_address":"0x81b637d8fcd2c6da6359e6963113a1170de795e4",\
					"direction":"in","from_address":"0x2bd806c97f0e00af1a1fc3328fa763a9269723c8",\
					"to_address":"0x81b637d8fcd2c6da6359e6963113a1170de795e4","operator_address":null,\
					"value":"2500000000000","decimals":6,"amount":"2500000.000000","token_id":null,\
					"token":{"address":"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48","standard":"ERC20",\
					"symbol":"USDC","name":"USD Coin","decimals":6,"metadata_known":true},"flags":[]}}""");
	}

	@Test
	void writesWhatTheMapOfFieldsWritesForEveryShapeOfTransfer() {
		List<TokenTransfer> transfers = List.of(
				transfer(TokenStandard.ERC20, BigInteger.ONE, null, null, new TokenInfo("USDC", "USD Coin", 6),
						TransferStatus.UNCONFIRMED),
				transfer(TokenStandard.ERC20, BigInteger.ZERO, null, null, null, TransferStatus.CONFIRMED),
				transfer(TokenStandard.ERC20,
						new BigInteger(
								"115792089237316195423570985008687907853269984665640564039457584007913129639935"),
						null, null, new TokenInfo(null, null, 18), TransferStatus.REMOVED),
				transfer(TokenStandard.ERC20, BigInteger.TEN, null, null,
						new TokenInfo("U\"S\\D\u00e9\u2713", "line\nbreak\u0001 </script>", 255),
						TransferStatus.CONFIRMED),
				transfer(TokenStandard.ERC721, BigInteger.ONE, BigInteger.valueOf(7_804), null,
						new TokenInfo("PUNK", "Punks", null), TransferStatus.CONFIRMED),
				transfer(TokenStandard.ERC1155, BigInteger.valueOf(3),
						new BigInteger("340282366920938463463374607431768211456"), TO, new TokenInfo("", "", 0),
						TransferStatus.CONFIRMED));
		List<Match> matches = List.of(new Match(subscription(), TO, "in", List.of()),
				new Match(subscription(), FROM, "out", List.of("zero-value", "dust", "fraud:address-poisoning")),
				new Match(subscription(), null, null, List.of("\u00e9\"")));

		int compared = 0;
		for (TokenTransfer transfer : transfers) {
			for (Match match : matches) {
				for (EventType type : EventType.values()) {
					assertThat(Payloads.transfer(type, transfer, match)).as("%s %s %s", type, transfer, match)
						.isEqualTo(throughMaps(type, transfer, match));
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(transfers.size() * matches.size() * EventType.values().length);
	}

	/** The documented body as a map of fields, written by Jackson: the reference. */
	private static String throughMaps(EventType type, TokenTransfer t, Match match) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscription_id", match.subscription().id().toString());
		data.put("event_id", t.eventId());
		data.put("status", t.status().name());
		data.put("chain_id", t.chainId());
		data.put("block_number", t.blockNumber());
		data.put("block_hash", t.blockHash());
		data.put("block_timestamp", t.blockTimestamp());
		data.put("transaction_hash", t.transactionHash());
		data.put("log_index", t.logIndex());
		data.put("batch_index", t.batchIndex());
		data.put("watched_address", match.watchedAddress());
		data.put("direction", match.direction());
		data.put("from_address", t.fromAddress());
		data.put("to_address", t.toAddress());
		data.put("operator_address", t.operatorAddress());
		data.put("value", t.value().toString());
		TokenInfo info = t.token();
		Integer decimals = (info != null) ? info.decimals() : null;
		data.put("decimals", decimals);
		data.put("amount", (decimals != null) ? new BigDecimal(t.value(), decimals).toPlainString() : null);
		data.put("token_id", (t.tokenId() != null) ? t.tokenId().toString() : null);
		Map<String, Object> token = new LinkedHashMap<>();
		token.put("address", t.tokenAddress());
		token.put("standard", t.tokenStandard().name());
		token.put("symbol", (info != null) ? info.symbol() : null);
		token.put("name", (info != null) ? info.name() : null);
		token.put("decimals", decimals);
		token.put("metadata_known", info != null && info.symbol() != null);
		data.put("token", token);
		data.put("flags", new ArrayList<>(match.flags()));
		return Payloads.body(type, t.emittedAt(), data);
	}

	private static TokenTransfer transfer(TokenStandard standard, BigInteger value, BigInteger tokenId, String operator,
			TokenInfo info, TransferStatus status) {
		int batchIndex = (standard == TokenStandard.ERC1155) ? 2 : 0;
		return new TokenTransfer(1, TokenTransfer.eventId(1, TX, 45, batchIndex), status, 1, 20_000_000, BLOCK,
				1_718_000_003, TX, 17, 45, batchIndex, TOKEN, standard, FROM, TO, operator, value, tokenId, info, null,
				null, Instant.parse("2024-06-10T06:13:25Z"));
	}

	private static Subscription subscription() {
		SubscriptionFilter filter = new SubscriptionFilter(List.of(TO), Direction.ANY, List.of(), List.of(),
				BigInteger.ZERO, List.of(EventType.TRANSFER_CONFIRMED), null, true);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		return new Subscription(SUBSCRIPTION, "acme", "s", 1, Channel.WEBHOOK, "https://example.org/h", filter,
				Digest.NONE, SubscriptionStatus.ACTIVE, null, "whsec_x", null, null, null, null, now, now);
	}

}
