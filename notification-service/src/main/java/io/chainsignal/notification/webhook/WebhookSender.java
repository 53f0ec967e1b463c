package io.chainsignal.notification.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import io.chainsignal.notification.delivery.ChannelSender;
import io.chainsignal.notification.delivery.ClaimedDelivery;
import io.chainsignal.notification.delivery.Outcome;
import io.chainsignal.notification.subscription.Channel;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes one Standard Webhooks attempt: signs the stored body with the subscription's
 * secrets at the attempt's timestamp, POSTs it, and classifies the answer (2xx delivered,
 * 410 gone, anything else including 3xx and timeouts failed).
 */
@Component
class WebhookSender implements ChannelSender, DisposableBean {

	private final CloseableHttpClient client;

	private final Duration timeout;

	private final Clock clock = Clock.systemUTC();

	private final ScheduledExecutorService watchdog = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("webhook-watchdog").daemon().factory());

	WebhookSender(CloseableHttpClient webhookHttpClient, WebhookSettings settings) {
		this.client = webhookHttpClient;
		this.timeout = settings.timeout();
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public String endpoint(ClaimedDelivery delivery) {
		URI uri = URI.create(delivery.subscription().target());
		return uri.getHost() + ":" + uri.getPort();
	}

	@Override
	public Outcome send(ClaimedDelivery delivery) {
		Instant now = this.clock.instant();
		long timestamp = now.getEpochSecond();
		HttpPost post = new HttpPost(delivery.subscription().target());
		post.setHeader("webhook-id", delivery.webhookId());
		post.setHeader("webhook-timestamp", Long.toString(timestamp));
		post.setHeader("webhook-signature", WebhookSigner.signature(delivery.subscription().signingSecrets(now),
				delivery.webhookId(), timestamp, delivery.payload()));
		post.setEntity(new StringEntity(delivery.payload(), ContentType.APPLICATION_JSON));
		AtomicBoolean timedOut = new AtomicBoolean();
		ScheduledFuture<?> deadline = this.watchdog.schedule(() -> {
			timedOut.set(true);
			post.cancel();
		}, this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		try {
			return this.client.execute(post, (response) -> {
				EntityUtils.consume(response.getEntity());
				int code = response.getCode();
				if (code >= 200 && code < 300) {
					return Outcome.delivered(code);
				}
				if (code == 410) {
					return Outcome.gone(code);
				}
				Duration retryAfter = (code == 429 || code == 503) ? retryAfter(response.getFirstHeader("Retry-After"))
						: null;
				String error = (code >= 300 && code < 400)
						? "the endpoint answered " + code + " (redirects are not followed)"
						: "the endpoint answered " + code;
				return Outcome.failed(code, error, retryAfter);
			});
		}
		catch (RefusedTargetException ex) {
			return Outcome.failed(null, "refused by the SSRF guard: " + ex.getMessage(), null);
		}
		catch (IOException | RuntimeException ex) {
			if (timedOut.get()) {
				return Outcome.failed(null, "timed out after " + this.timeout.toMillis() + " ms", null);
			}
			return Outcome.failed(null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
		finally {
			deadline.cancel(false);
		}
	}

	static Duration retryAfter(Header header) {
		if (header == null || header.getValue() == null) {
			return null;
		}
		String value = header.getValue().trim();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration delay = Duration.between(Instant.now(), at);
				return delay.isNegative() ? Duration.ZERO : delay;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	@Override
	public void destroy() {
		this.watchdog.shutdownNow();
	}

}
