package io.chainsignal.notification.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox dispatch settings.
 *
 * @param retrySchedule the delay before each attempt; its length is the number of
 * attempts
 * @param pollInterval how long an idle dispatcher waits before looking for due deliveries
 * @param lease how long a claimed delivery stays invisible to other workers; a worker
 * that dies leaves it due again after this. It must exceed twice the webhook timeout
 * ({@link #requireLeaseBeyond})
 * @param batchSize how many deliveries one claim takes at most
 * @param maxInFlight deliveries in flight per instance
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param disableAfter a subscription failing without a success for this long is disabled
 */
@ConfigurationProperties("chainsignal.notification.delivery")
record DeliverySettings(@DefaultValue( {
		"0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h" }) List<Duration> retrySchedule,
		@DefaultValue("100ms") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("50") int batchSize, @DefaultValue("128") int maxInFlight,
		@DefaultValue("10h") Duration maxRetryAfter, @DefaultValue("5d") Duration disableAfter){

	DeliverySettings {
		if (retrySchedule.isEmpty()) {
			throw new IllegalArgumentException("chainsignal.notification.delivery.retry-schedule needs one entry");
		}
	}

	/**
	 * Refuses a lease that could run out while its delivery is still being worked on: a
	 * claimed delivery may wait in its endpoint's lane for one attempt ahead of it, then
	 * make its own, so a lease of twice the webhook timeout or less lets another
	 * dispatcher claim it and deliver it a second time while the first request is still
	 * in flight.
	 * @param webhookTimeout {@code chainsignal.notification.webhook.timeout}
	 * @throws IllegalStateException naming both settings when the lease is too short
	 */
	void requireLeaseBeyond(Duration webhookTimeout) {
		if (this.lease.compareTo(webhookTimeout.multipliedBy(2)) <= 0) {
			throw new IllegalStateException(("chainsignal.notification.delivery.lease (%s) must exceed twice"
					+ " chainsignal.notification.webhook.timeout (%s): a delivery waits for at most one attempt"
					+ " ahead of it, then makes its own, and a lease that runs out before both are over lets"
					+ " another dispatcher deliver it again. Set the lease above %s or shorten the timeout.")
				.formatted(this.lease, webhookTimeout, webhookTimeout.multipliedBy(2)));
		}
	}

}
