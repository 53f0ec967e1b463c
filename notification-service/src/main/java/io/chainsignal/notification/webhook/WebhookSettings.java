package io.chainsignal.notification.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings.
 *
 * @param timeout the whole time one attempt may take, connection included
 * @param perEndpointConcurrency how many requests may be in flight to one host and port
 * @param allowPrivateTargets allow loopback, private, link-local and metadata targets:
 * unsafe in production, for local stacks and tests only
 * @param secretRotationOverlap how long the previous secret keeps signing after a
 * rotation
 */
@ConfigurationProperties("chainsignal.notification.webhook")
public record WebhookSettings(@DefaultValue("15s") Duration timeout, @DefaultValue("4") int perEndpointConcurrency,
		@DefaultValue("false") boolean allowPrivateTargets, @DefaultValue("24h") Duration secretRotationOverlap,
		String secretEncryptionKey) {
}
