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
 * reading rows whose {@code updated_at} moved since the previous reload, by the
 * database's clock, with an overlap that covers transactions committing after their
 * version was taken. The window moves with the database's clock, not with the newest row,
 * so that rows created in bulk are not read again at every reload until the next change.
 */
@Configuration(proxyBeanMethods = false)
class IndexMaintainer implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(IndexMaintainer.class);

	private static final Duration OVERLAP = Duration.ofSeconds(10);

	private static final int FETCH_SIZE = 1_000;

	private final SubscriptionStore store;

	private final MatchIndex index = new MatchIndex();

	/**
	 * Rows with a version at or before this were all read: the database's time at the
	 * start of the previous reload, less the overlap. Null before the first load.
	 */
	private volatile Instant horizon;

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
		Instant now = this.store.databaseTime();
		Instant since = this.horizon;
		if (since == null) {
			this.store.changedSince(Instant.EPOCH).forEach(this.index::apply);
		}
		else {
			// the overlap finds the same rows again: read only their versions, and the
			// whole row (JSON filter, secrets) only of those this index does not hold yet
			List<UUID> unknown = new ArrayList<>();
			for (SubscriptionStore.Version version : this.store.versionsChangedSince(since)) {
				if (!this.index.holds(version.id(), version.updatedAt())) {
					unknown.add(version.id());
				}
			}
			for (int from = 0; from < unknown.size(); from += FETCH_SIZE) {
				this.store.findAll(unknown.subList(from, Math.min(unknown.size(), from + FETCH_SIZE)))
					.forEach(this.index::apply);
			}
		}
		// every row committed before now was visible to the reads above, and a row
		// committed later has a version within the overlap before its commit
		this.horizon = now.minus(OVERLAP);
	}

	@EventListener
	void onChange(SubscriptionChanged event) {
		this.index.apply(event.subscription());
	}

}
