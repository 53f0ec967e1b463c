package io.chainsignal.notification.matching;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.Digest;
import io.chainsignal.notification.subscription.Direction;
import io.chainsignal.notification.subscription.EventType;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionFilter;
import io.chainsignal.notification.subscription.SubscriptionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index and the filter rules without servers, including that finding candidates among
 * 100,000 subscriptions touches only the matching ones.
 */
class MatcherTest {

	private static final String ALICE = "0x2bd806c97f0e00af1a1fc3328fa763a9269723c8";

	private static final String BOB = "0x81b637d8fcd2c6da6359e6963113a1170de795e4";

	private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

	private final MatchIndex index = new MatchIndex();

	private final Matcher matcher = new Matcher(this.index,
			new MatchingSettings(Duration.ofSeconds(2), new BigDecimal("0.0001"), List.of()));

	@Test
	void findsOnlyTheWatchingSubscriptionsAmong100000() {
		for (int i = 0; i < 100_000; i++) {
			this.index.apply(subscription(filter(List.of(String.format("0x%040x", i)), Direction.ANY, List.of())));
		}
		Subscription alice = subscription(filter(List.of(ALICE), Direction.IN, List.of()));
		this.index.apply(alice);
		assertThat(this.index.candidates(1, List.of(BOB, ALICE), USDC)).containsExactly(alice);
		assertThat(this.index.candidates(5, List.of(BOB, ALICE), USDC)).isEmpty();
	}

	@Test
	void appliesDirectionTokensStandardsMinimumAndType() {
		Subscription in = subscription(filter(List.of(ALICE), Direction.IN, List.of()));
		Subscription out = subscription(filter(List.of(ALICE), Direction.OUT, List.of()));
		Subscription otherToken = subscription(filter(List.of(ALICE), Direction.ANY, List.of(BOB)));
		Subscription tokenOnly = subscription(filter(List.of(), Direction.ANY, List.of(USDC)));
		List.of(in, out, otherToken, tokenOnly).forEach(this.index::apply);

		List<Match> matches = this.matcher.transfer(erc20(BOB, ALICE, 5_000_000), EventType.TRANSFER_CONFIRMED);
		assertThat(matches).extracting(Match::subscription).containsExactlyInAnyOrder(in, tokenOnly);
		assertThat(matches).filteredOn((m) -> m.subscription() == in)
			.extracting(Match::direction)
			.containsExactly("in");
		assertThat(this.matcher.transfer(erc20(BOB, ALICE, 5_000_000), EventType.TRANSFER_UNCONFIRMED)).isEmpty();
	}

	@Test
	void suppressesZeroValueDustAndLookalikesUnlessAskedNotTo() {
		String lookalike = "0x2bd8" + "0".repeat(32) + "23c8";
		Subscription suppressing = subscription(filter(List.of(ALICE), Direction.ANY, List.of()));
		this.index.apply(suppressing);
		assertThat(this.matcher.transfer(erc20(BOB, ALICE, 0), EventType.TRANSFER_CONFIRMED)).isEmpty();
		assertThat(this.matcher.transfer(erc20(BOB, ALICE, 99), EventType.TRANSFER_CONFIRMED)).isEmpty();
		assertThat(this.matcher.transfer(erc20(lookalike, ALICE, 5_000_000), EventType.TRANSFER_CONFIRMED)).isEmpty();
		assertThat(this.matcher.transfer(erc20(BOB, ALICE, 100), EventType.TRANSFER_CONFIRMED)).hasSize(1);

		SubscriptionFilter f = suppressing.filter();
		Subscription everything = subscription(new SubscriptionFilter(f.addresses(), f.direction(), f.tokens(),
				f.tokenStandards(), f.minValue(), f.eventTypes(), f.minRiskScore(), false));
		this.index.apply(everything);
		assertThat(this.matcher.transfer(erc20(lookalike, ALICE, 0), EventType.TRANSFER_CONFIRMED)).singleElement()
			.satisfies((m) -> {
				assertThat(m.subscription()).isEqualTo(everything);
				assertThat(m.flags()).containsExactly("zero_value", "lookalike_counterparty");
			});
	}

	@Test
	void aNewerVersionReplacesTheOldKeysAndAnOlderOneIsIgnored() {
		Subscription v1 = subscription(filter(List.of(ALICE), Direction.ANY, List.of()));
		Subscription v2 = new Subscription(v1.id(), v1.tenant(), v1.name(), 1, v1.channel(), v1.target(),
				filter(List.of(BOB), Direction.ANY, List.of()), v1.digest(), SubscriptionStatus.ACTIVE, null,
				v1.secret(), null, null, null, null, v1.createdAt(), v1.updatedAt().plusSeconds(1));
		this.index.apply(v1);
		this.index.apply(v2);
		this.index.apply(v1);
		assertThat(this.index.candidates(1, List.of(ALICE), null)).isEmpty();
		assertThat(this.index.candidates(1, List.of(BOB), null)).containsExactly(v2);
	}

	private static SubscriptionFilter filter(List<String> addresses, Direction direction, List<String> tokens) {
		return new SubscriptionFilter(addresses, direction, tokens, List.of(TokenStandard.ERC20), BigInteger.valueOf(0),
				List.of(EventType.TRANSFER_CONFIRMED), null, true);
	}

	private static Subscription subscription(SubscriptionFilter filter) {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		return new Subscription(UUID.randomUUID(), "acme", "s", 1, Channel.WEBHOOK, "https://example.org/h", filter,
				Digest.NONE, SubscriptionStatus.ACTIVE, null, "whsec_x", null, null, null, null, now, now);
	}

	private static TokenTransfer erc20(String from, String to, long value) {
		String tx = "0xd3bfe92556e894da36477459ec40b436e85bb0055f285b578d165a9d2f5f6df4";
		return new TokenTransfer(1, TokenTransfer.eventId(1, tx, 45, 0), TransferStatus.CONFIRMED, 1, 20000000,
				"0xacc219a1b34706d2b69f93feb5441c3b9a10ce35bb387ae07a379b59609343de", 1718000003, tx, 17, 45, 0, USDC,
				TokenStandard.ERC20, from, to, null, BigInteger.valueOf(value), null,
				new TokenInfo("USDC", "USD Coin", 6), null, null, Instant.parse("2024-06-10T06:13:25Z"));
	}

}
