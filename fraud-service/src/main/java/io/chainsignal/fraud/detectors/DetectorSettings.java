package io.chainsignal.fraud.detectors;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of every detector under {@code chainsignal.fraud.detectors.<id>.*}; each
 * missing value takes the documented default, so {@link #defaults()} is what the service
 * runs with when nothing is configured.
 *
 * @param sanctionedCounterparty {@code sanctioned-counterparty}
 * @param zeroValuePoisoning {@code zero-value-poisoning}
 * @param lookalikeCounterparty {@code lookalike-counterparty}
 * @param poisoningPayout {@code poisoning-payout}
 * @param largeTransfer {@code large-transfer}
 * @param fanOutBurst {@code fan-out-burst}
 * @param fanInSweep {@code fan-in-sweep}
 * @param rapidPassThrough {@code rapid-pass-through}
 * @param roundTrip {@code round-trip}
 * @param largeMintBurn {@code large-mint-burn}
 */
@ConfigurationProperties("chainsignal.fraud.detectors")
public record DetectorSettings(Sanctioned sanctionedCounterparty, ZeroValue zeroValuePoisoning,
		Lookalike lookalikeCounterparty, Payout poisoningPayout, Large largeTransfer, FanOut fanOutBurst,
		FanIn fanInSweep, PassThrough rapidPassThrough, RoundTrip roundTrip, MintBurn largeMintBurn) {

	public DetectorSettings {
		sanctionedCounterparty = or(sanctionedCounterparty, () -> new Sanctioned(null, null, null));
		zeroValuePoisoning = or(zeroValuePoisoning, () -> new ZeroValue(null, null, null, null, null));
		lookalikeCounterparty = or(lookalikeCounterparty, () -> new Lookalike(null, null, null, null, null, null));
		poisoningPayout = or(poisoningPayout, () -> new Payout(null, null, null, null));
		largeTransfer = or(largeTransfer, () -> new Large(null, null, null, null, null, null, null));
		fanOutBurst = or(fanOutBurst, () -> new FanOut(null, null, null, null));
		fanInSweep = or(fanInSweep, () -> new FanIn(null, null, null, null, null));
		rapidPassThrough = or(rapidPassThrough, () -> new PassThrough(null, null, null, null));
		roundTrip = or(roundTrip, () -> new RoundTrip(null, null, null, null));
		largeMintBurn = or(largeMintBurn, () -> new MintBurn(null, null, null, null));
	}

	/**
	 * Every detector at its defaults.
	 * @return the defaults
	 */
	public static DetectorSettings defaults() {
		return new DetectorSettings(null, null, null, null, null, null, null, null, null, null);
	}

	private static <T> T or(T value, java.util.function.Supplier<T> fallback) {
		return (value != null) ? value : fallback.get();
	}

	private static Map<String, BigInteger> lowerKeys(Map<String, BigInteger> map) {
		Map<String, BigInteger> copy = new TreeMap<>();
		if (map != null) {
			map.forEach((key, value) -> copy.put(key.toLowerCase(Locale.ROOT), value));
		}
		return Map.copyOf(copy);
	}

	/**
	 * {@code sanctioned-counterparty}: a transfer to or from a listed address.
	 *
	 * @param enabled whether it runs (default true)
	 * @param outboundScore score when the subject sends to a listed address (default 95)
	 * @param inboundScore score when a listed address sends to the subject, which may be
	 * unsolicited (default 60)
	 */
	public record Sanctioned(Boolean enabled, Integer outboundScore, Integer inboundScore) {
		public Sanctioned {
			enabled = Objects.requireNonNullElse(enabled, true);
			outboundScore = Objects.requireNonNullElse(outboundScore, 95);
			inboundScore = Objects.requireNonNullElse(inboundScore, 60);
		}
	}

	/**
	 * {@code zero-value-poisoning}: Forta's address-poisoning rule.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 80)
	 * @param minTransfers transfers in the transaction, all of value zero (default 3)
	 * @param minStablecoinShare share of them on stablecoins (default 0.4)
	 * @param stablecoins stablecoin contracts (default USDT, USDC, DAI, BUSD, TUSD, USDP,
	 * PYUSD and FDUSD on Ethereum)
	 */
	public record ZeroValue(Boolean enabled, Integer score, Integer minTransfers, Double minStablecoinShare,
			List<String> stablecoins) {
		public ZeroValue {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 80);
			minTransfers = Objects.requireNonNullElse(minTransfers, 3);
			minStablecoinShare = Objects.requireNonNullElse(minStablecoinShare, 0.4);
			stablecoins = (stablecoins != null) ? stablecoins.stream().map((s) -> s.toLowerCase(Locale.ROOT)).toList()
					: List.of("0xdac17f958d2ee523a2206206994597c13d831ec7",
							"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "0x6b175474e89094c44da98b954eedeac495271d0f",
							"0x4fabb145d64652a948d72533023f6e7a623c7c53", "0x0000000000085d4780b73119b644ae5ecd22b376",
							"0x8e870d67f660d95d5be530380d0ec0bd388289e1", "0x6c3ea9036406852006290770bedfcaba0e23a0e8",
							"0xc5f0f7b66764f6ec8c8dff7ba683102295e16409");
		}
	}

	/**
	 * {@code lookalike-counterparty}: an incoming transfer from an imitation of a recent
	 * counterparty.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 75)
	 * @param prefixChars hex characters after {@code 0x} that must match (default 4)
	 * @param suffixChars last hex characters that must match (default 4)
	 * @param lookback how long a counterparty stays recent (default 30 days)
	 * @param maxCounterparties recent counterparties kept per address (default 64)
	 */
	public record Lookalike(Boolean enabled, Integer score, Integer prefixChars, Integer suffixChars, Duration lookback,
			Integer maxCounterparties) {
		public Lookalike {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 75);
			prefixChars = Objects.requireNonNullElse(prefixChars, 4);
			suffixChars = Objects.requireNonNullElse(suffixChars, 4);
			lookback = Objects.requireNonNullElse(lookback, Duration.ofDays(30));
			maxCounterparties = Objects.requireNonNullElse(maxCounterparties, 64);
		}
	}

	/**
	 * {@code poisoning-payout}: a marked victim pays a marked poisoner.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 95, critical on its own)
	 * @param minWholeTokens smallest payment that counts, in whole tokens when the
	 * token's decimals are known, else any non-zero amount (default 1)
	 * @param watchFor how long a victim stays watched after being poisoned (default 30
	 * days)
	 */
	public record Payout(Boolean enabled, Integer score, Integer minWholeTokens, Duration watchFor) {
		public Payout {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 95);
			minWholeTokens = Objects.requireNonNullElse(minWholeTokens, 1);
			watchFor = Objects.requireNonNullElse(watchFor, Duration.ofDays(30));
		}
	}

	/**
	 * {@code large-transfer}: a configured threshold or far above the token's 99.9th
	 * percentile.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 50)
	 * @param thresholds per-token thresholds in base units (default none)
	 * @param quantile the quantile tracked per token (default 0.999)
	 * @param quantileMultiplier how far above that quantile a transfer must be (default
	 * 10)
	 * @param minHistory transfers of the token seen before the quantile is used (default
	 * 1000)
	 * @param rotateAfter transfers after which the sketch starts afresh, keeping the last
	 * full one, so the quantile stays recent (default 100000)
	 */
	public record Large(Boolean enabled, Integer score, Map<String, BigInteger> thresholds, Double quantile,
			Double quantileMultiplier, Integer minHistory, Integer rotateAfter) {
		public Large {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 50);
			thresholds = lowerKeys(thresholds);
			quantile = Objects.requireNonNullElse(quantile, 0.999);
			quantileMultiplier = Objects.requireNonNullElse(quantileMultiplier, 10.0);
			minHistory = Objects.requireNonNullElse(minHistory, 1000);
			rotateAfter = Objects.requireNonNullElse(rotateAfter, 100_000);
		}
	}

	/**
	 * {@code fan-out-burst}: one sender to many distinct recipients.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 45)
	 * @param minRecipients distinct recipients (default 10)
	 * @param window the window (default 1 hour)
	 */
	public record FanOut(Boolean enabled, Integer score, Integer minRecipients, Duration window) {
		public FanOut {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 45);
			minRecipients = Objects.requireNonNullElse(minRecipients, 10);
			window = Objects.requireNonNullElse(window, Duration.ofHours(1));
		}
	}

	/**
	 * {@code fan-in-sweep}: one receiver collects whole balances from several senders.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 55)
	 * @param minSenders distinct sweeping senders, "more than 2" (default 3)
	 * @param window the window (default 6 hours)
	 * @param sweepShare share of what the sender had received of the token, net of what
	 * it sent, that a transfer must move to be a sweep (default 0.95)
	 */
	public record FanIn(Boolean enabled, Integer score, Integer minSenders, Duration window, Double sweepShare) {
		public FanIn {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 55);
			minSenders = Objects.requireNonNullElse(minSenders, 3);
			window = Objects.requireNonNullElse(window, Duration.ofHours(6));
			sweepShare = Objects.requireNonNullElse(sweepShare, 0.95);
		}
	}

	/**
	 * {@code rapid-pass-through}: forwarding most of an amount just received.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 40)
	 * @param minShare smallest forwarded share of the received amount (default 0.9)
	 * @param window the window (default 1 hour)
	 */
	public record PassThrough(Boolean enabled, Integer score, Double minShare, Duration window) {
		public PassThrough {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 40);
			minShare = Objects.requireNonNullElse(minShare, 0.9);
			window = Objects.requireNonNullElse(window, Duration.ofHours(1));
		}
	}

	/**
	 * {@code round-trip}: A to B and back.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 35)
	 * @param tolerance largest relative difference of the two amounts (default 0.01)
	 * @param window the window (default 24 hours)
	 */
	public record RoundTrip(Boolean enabled, Integer score, Double tolerance, Duration window) {
		public RoundTrip {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 35);
			tolerance = Objects.requireNonNullElse(tolerance, 0.01);
			window = Objects.requireNonNullElse(window, Duration.ofHours(24));
		}
	}

	/**
	 * {@code large-mint-burn}: a mint or burn at or above a threshold.
	 *
	 * @param enabled whether it runs (default true)
	 * @param score its score (default 45)
	 * @param thresholds per-token thresholds in base units (default none)
	 * @param defaultWholeTokens threshold in whole tokens for tokens without one whose
	 * decimals are known (default 100,000,000)
	 */
	public record MintBurn(Boolean enabled, Integer score, Map<String, BigInteger> thresholds,
			Long defaultWholeTokens) {
		public MintBurn {
			enabled = Objects.requireNonNullElse(enabled, true);
			score = Objects.requireNonNullElse(score, 45);
			thresholds = lowerKeys(thresholds);
			defaultWholeTokens = Objects.requireNonNullElse(defaultWholeTokens, 100_000_000L);
		}
	}

}
