package io.chainsignal.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried next: the schedule's delay for the next attempt, or the
 * receiver's {@code Retry-After} when it asks for longer (capped); none once the schedule
 * is used up.
 */
final class RetryPolicy {

	private final List<Duration> schedule;

	private final Duration maxRetryAfter;

	RetryPolicy(List<Duration> schedule, Duration maxRetryAfter) {
		this.schedule = List.copyOf(schedule);
		this.maxRetryAfter = maxRetryAfter;
	}

	/**
	 * The next attempt's time after a failure.
	 * @param attemptsMade attempts made, the failed one included
	 * @param retryAfter the receiver's Retry-After, or null
	 * @param now the current time
	 * @return the next attempt, or empty when the delivery has failed for good
	 */
	Optional<Instant> next(int attemptsMade, Duration retryAfter, Instant now) {
		if (attemptsMade >= this.schedule.size()) {
			return Optional.empty();
		}
		Duration delay = this.schedule.get(attemptsMade);
		if (retryAfter != null) {
			Duration asked = (retryAfter.compareTo(this.maxRetryAfter) > 0) ? this.maxRetryAfter : retryAfter;
			if (asked.compareTo(delay) > 0) {
				delay = asked;
			}
		}
		return Optional.of(now.plus(delay));
	}

}
