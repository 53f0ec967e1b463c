package io.chainsignal.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionChanged;
import io.chainsignal.notification.subscription.SubscriptionStatus;
import io.chainsignal.notification.subscription.SubscriptionStore;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what an attempt did, in one transaction with its effect on the subscription: a
 * success clears the failing state, 410 or failing for too long disables it.
 */
@Component
class DeliveryOutcomes {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryOutcomes.class);

	private final DeliveryStore deliveries;

	private final SuccessRecorder successes;

	private final SubscriptionStore subscriptions;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final RetryPolicy retries;

	private final Duration disableAfter;

	private final Clock clock;

	private final MeterRegistry meters;

	DeliveryOutcomes(DeliveryStore deliveries, SuccessRecorder successes, SubscriptionStore subscriptions,
			TransactionTemplate transaction, ApplicationEventPublisher events, DeliverySettings settings,
			MeterRegistry meters) {
		this.meters = meters;
		this.deliveries = deliveries;
		this.successes = successes;
		this.subscriptions = subscriptions;
		this.transaction = transaction;
		this.events = events;
		this.retries = new RetryPolicy(settings.retrySchedule(), settings.maxRetryAfter());
		this.disableAfter = settings.disableAfter();
		this.clock = Clock.systemUTC();
	}

	void record(ClaimedDelivery d, Outcome outcome) {
		if (outcome.kind() == Outcome.Kind.DELIVERED) {
			// recorded with the other senders' successes, in one statement that also
			// clears
			// the subscription's failing state
			count(d, outcome, this.successes.record(d, outcome.statusCode()));
			return;
		}
		Optional<Subscription> disabled = this.transaction.execute((status) -> {
			boolean recorded = switch (outcome.kind()) {
				case DELIVERED -> throw new IllegalStateException("recorded above");
				case GONE -> this.deliveries.failed(d, outcome);
				case FAILED -> this.retries.next(d.attempts() + 1, outcome.retryAfter(), this.clock.instant())
					.map((next) -> this.deliveries.retryAt(d, outcome, next))
					.orElseGet(() -> this.deliveries.failed(d, outcome));
			};
			return count(d, outcome, recorded) ? subscriptionEffect(d.subscription().id(), outcome)
					: Optional.<Subscription>empty();
		});
		disabled.ifPresent((s) -> {
			this.events.publishEvent(new SubscriptionChanged(s, false));
			this.events.publishEvent(new SubscriptionDisabled(s, s.statusReason()));
		});
	}

	private boolean count(ClaimedDelivery d, Outcome outcome, boolean recorded) {
		this.meters
			.counter("chainsignal.notification.attempts", "channel", d.subscription().channel().wire(), "outcome",
					recorded ? outcome.kind().name().toLowerCase() : "stale")
			.increment();
		if (!recorded) {
			logger.warn("Delivery {} ({}) was claimed again after its lease ran out; this result is dropped", d.id(),
					d.webhookId());
		}
		return recorded;
	}

	void release(List<ClaimedDelivery> refused, Duration delay) {
		this.deliveries.release(refused, delay);
	}

	private Optional<Subscription> subscriptionEffect(UUID id, Outcome outcome) {
		if (outcome.kind() == Outcome.Kind.GONE) {
			return disable(id, "The endpoint answered 410 Gone.");
		}
		Instant failingSince = this.subscriptions.markFailing(id);
		if (failingSince.plus(this.disableAfter).isBefore(this.clock.instant())) {
			return disable(id, "Every delivery failed since " + failingSince + ".");
		}
		return Optional.empty();
	}

	private Optional<Subscription> disable(UUID id, String reason) {
		Optional<Subscription> disabled = this.subscriptions.transition(id, SubscriptionStatus.ACTIVE,
				SubscriptionStatus.DISABLED, reason);
		disabled.ifPresent((s) -> {
			this.deliveries.cancelOpen(id, "Subscription disabled: " + reason);
			logger.info("Subscription {} of tenant {} disabled: {}", id, s.tenant(), reason);
		});
		return disabled;
	}

}
