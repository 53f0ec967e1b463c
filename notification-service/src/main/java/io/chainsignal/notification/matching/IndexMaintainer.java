package io.chainsignal.notification.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionChanged;
import io.chainsignal.notification.subscription.SubscriptionStore;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance's {@link MatchIndex} current: a full load before the Kafka
 * listeners start, this instance's own changes at once, and every instance's changes by
 * reading rows whose {@code updated_at} moved, with an overlap that covers transactions
 * committing out of order.
 */
@Configuration(proxyBeanMethods = false)
class IndexMaintainer implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(IndexMaintainer.class);

	private static final Duration OVERLAP = Duration.ofSeconds(10);

	private static final int FETCH_SIZE = 1_000;

	private final SubscriptionStore store;

	private final MatchIndex index = new MatchIndex();

	private volatile Instant seen = Instant.EPOCH;

	IndexMaintainer(SubscriptionStore store) {
		this.store = store;
	}

	@Bean
	MatchIndex matchIndex() {
		return this.index;
	}

	@Override
	public void afterPropertiesSet() {
		reload();
		logger.info("Matching index loaded: {} active subscriptions", this.index.size());
	}

	@Scheduled(fixedDelayString = "${chainsignal.notification.matching.reload-interval:2s}")
	void reload() {
		if (this.seen.equals(Instant.EPOCH)) {
			this.store.changedSince(Instant.EPOCH).forEach(this::apply);
			return;
		}
		// the overlap finds the same rows again and again: read only their versions, and
		// the whole row (JSON filter, secrets) only of those this index does not hold yet
		List<UUID> unknown = new ArrayList<>();
		for (SubscriptionStore.Version version : this.store.versionsChangedSince(this.seen.minus(OVERLAP))) {
			if (!this.index.holds(version.id(), version.updatedAt())) {
				unknown.add(version.id());
			}
			advance(version.updatedAt());
		}
		for (int from = 0; from < unknown.size(); from += FETCH_SIZE) {
			this.store.findAll(unknown.subList(from, Math.min(unknown.size(), from + FETCH_SIZE))).forEach(this::apply);
		}
	}

	private void apply(Subscription subscription) {
		this.index.apply(subscription);
		advance(subscription.updatedAt());
	}

	private void advance(Instant updatedAt) {
		if (updatedAt.isAfter(this.seen)) {
			this.seen = updatedAt;
		}
	}

	@EventListener
	void onChange(SubscriptionChanged event) {
		this.index.apply(event.subscription());
	}

}
