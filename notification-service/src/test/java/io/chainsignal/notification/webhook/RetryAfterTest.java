package io.chainsignal.notification.webhook;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Retry-After} in both of its forms (RFC 9110): seconds and an HTTP date.
 */
class RetryAfterTest {

	@Test
	void readsSeconds() {
		assertThat(WebhookSender.retryAfter(new BasicHeader("Retry-After", "120"))).isEqualTo(Duration.ofMinutes(2));
		assertThat(WebhookSender.retryAfter(new BasicHeader("Retry-After", " 7 "))).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void readsAnHttpDate() {
		String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
		assertThat(WebhookSender.retryAfter(new BasicHeader("Retry-After", inTwoMinutes)))
			.isBetween(Duration.ofSeconds(110), Duration.ofSeconds(120));
		assertThat(WebhookSender.retryAfter(new BasicHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")))
			.isEqualTo(Duration.ZERO);
	}

	@Test
	void ignoresWhatItCannotRead() {
		assertThat(WebhookSender.retryAfter(null)).isNull();
		assertThat(WebhookSender.retryAfter(new BasicHeader("Retry-After", "soon"))).isNull();
	}

}
