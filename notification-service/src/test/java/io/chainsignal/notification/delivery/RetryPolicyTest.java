package io.chainsignal.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry schedule and Retry-After.
 */
class RetryPolicyTest {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private final RetryPolicy policy = new RetryPolicy(
			List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
					Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)),
			Duration.ofHours(10));

	@Test
	void followsTheScheduleThenGivesUp() {
		assertThat(this.policy.next(1, null, NOW)).contains(NOW.plusSeconds(5));
		assertThat(this.policy.next(2, null, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
		assertThat(this.policy.next(7, null, NOW)).contains(NOW.plus(Duration.ofHours(10)));
		assertThat(this.policy.next(8, null, NOW)).isEmpty();
	}

	@Test
	void waitsLongerWhenTheReceiverAsksButNoLongerThanTheCap() {
		assertThat(this.policy.next(1, Duration.ofSeconds(60), NOW)).contains(NOW.plusSeconds(60));
		assertThat(this.policy.next(2, Duration.ofSeconds(60), NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
		assertThat(this.policy.next(1, Duration.ofDays(3), NOW)).contains(NOW.plus(Duration.ofHours(10)));
	}

}
