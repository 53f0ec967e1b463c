package io.chainsignal.e2e;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.e2e.ChainOracle.CanonicalTransfer;
import io.chainsignal.e2e.WebhookReceiver.Delivery;

/**
 * Compares what the services show with what the chain says, after the pipeline had time
 * to settle: every final transfer counted once by analytics, every balance equal to the
 * contract's, every transfer touching a watched address delivered once (or delivered and
 * then retracted with {@code transfer.removed}), every delivery also mailed once, and no
 * consumer group behind.
 */
final class Comparison {

	private final long chainId;

	private final ChainOracle oracle;

	private final Analytics analytics;

	private final WebhookReceiver receiver;

	private final List<String> watched;

	private final String mailed;

	private final java.util.function.IntSupplier mails;

	private final String bootstrapServers;

	Comparison(long chainId, ChainOracle oracle, Analytics analytics, WebhookReceiver receiver, List<String> watched,
			String mailed, java.util.function.IntSupplier mails, String bootstrapServers) {
		this.chainId = chainId;
		this.oracle = oracle;
		this.analytics = analytics;
		this.receiver = receiver;
		this.watched = watched;
		this.mailed = mailed;
		this.mails = mails;
		this.bootstrapServers = bootstrapServers;
	}

	Verdict now(long finalBlock, List<String> tokens) {
		List<CanonicalTransfer> canonical = this.oracle.transfers(finalBlock);
		List<String> differences = new ArrayList<>();
		int lost = 0;
		int duplicated = 0;

		Map<String, Long> expectedCounts = canonical.stream()
			.collect(Collectors.groupingBy(CanonicalTransfer::token, Collectors.counting()));
		for (String token : tokens) {
			long expected = expectedCounts.getOrDefault(token.toLowerCase(), 0L);
			long actual = this.analytics.transfers(token.toLowerCase());
			if (actual != expected) {
				differences.add("analytics counts " + actual + " transfers of " + token + ", the chain " + expected);
				lost += (int) Math.max(0, expected - actual);
				duplicated += (int) Math.max(0, actual - expected);
			}
		}

		Set<String> holders = ChainOracle.holders(canonical);
		Map<String, Map<String, BigInteger>> balances = this.oracle.balances(holders);
		for (String holder : holders) {
			Map<String, BigInteger> shown = this.analytics.balances(holder);
			if (!shown.equals(balances.get(holder))) {
				differences.add("analytics shows " + holder + " holding " + shown + ", the contracts say "
						+ balances.get(holder));
			}
		}

		List<Delivery> accepted = this.receiver.accepted();
		Map<String, Long> perId = accepted.stream()
			.collect(Collectors.groupingBy(Delivery::webhookId, Collectors.counting()));
		long twice = perId.values().stream().filter((count) -> count > 1).mapToLong((count) -> count - 1).sum();
		if (twice > 0) {
			differences.add(twice + " webhook id(s) accepted more than once");
			duplicated += (int) twice;
		}
		int deliveriesToMailed = 0;
		for (String address : this.watched) {
			Set<String> expected = canonical.stream()
				.filter((t) -> t.from().equals(address) || t.to().equals(address))
				.map((t) -> t.placement(this.chainId))
				.collect(Collectors.toSet());
			Map<String, Set<String>> delivered = new HashMap<>();
			for (Delivery delivery : accepted) {
				if (address.equals(delivery.watchedAddress())) {
					delivered.computeIfAbsent(delivery.type(), (type) -> new HashSet<>()).add(delivery.placement());
				}
			}
			Set<String> confirmed = delivered.getOrDefault("transfer.confirmed", Set.of());
			Set<String> removed = delivered.getOrDefault("transfer.removed", Set.of());
			Set<String> missing = new HashSet<>(expected);
			missing.removeAll(confirmed);
			if (!missing.isEmpty()) {
				differences.add(address + " was not told of " + missing.size() + " transfer(s): " + missing);
				lost += missing.size();
			}
			Set<String> unretracted = new HashSet<>(confirmed);
			unretracted.removeAll(expected);
			unretracted.removeAll(removed);
			if (!unretracted.isEmpty()) {
				differences.add(address + " was told of " + unretracted.size()
						+ " transfer(s) the chain does not hold, never retracted: " + unretracted);
				duplicated += unretracted.size();
			}
			Set<String> removedUnknown = new HashSet<>(removed);
			removedUnknown.removeAll(confirmed);
			if (!removedUnknown.isEmpty()) {
				differences.add(address + " was told of " + removedUnknown.size()
						+ " retraction(s) of transfers it never received: " + removedUnknown);
			}
			if (address.equals(this.mailed)) {
				deliveriesToMailed = confirmed.size() + removed.size();
			}
		}
		int mailCount = this.mails.getAsInt();
		if (mailCount != deliveriesToMailed) {
			differences.add(this.mailed + " received " + mailCount + " mail(s) for " + deliveriesToMailed
					+ " webhook deliveries of the same events");
			lost += Math.max(0, deliveriesToMailed - mailCount);
			duplicated += Math.max(0, mailCount - deliveriesToMailed);
		}

		for (String group : List.of(Topics.ANALYTICS_GROUP, Topics.NOTIFICATION_GROUP, Topics.FRAUD_GROUP)) {
			long lag = ConsumerLag.of(this.bootstrapServers, group, Topics.TOKEN_TRANSFERS);
			if (lag != 0) {
				differences.add("group " + group + " is " + lag + " record(s) behind on " + Topics.TOKEN_TRANSFERS);
			}
		}
		return new Verdict(canonical.size(), lost, duplicated, List.copyOf(differences));
	}

}
