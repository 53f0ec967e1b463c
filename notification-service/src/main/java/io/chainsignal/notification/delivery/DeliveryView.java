package io.chainsignal.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A delivery as the API shows it.
 *
 * @param id the delivery id
 * @param subscriptionId its subscription
 * @param webhookId the {@code webhook-id} header value
 * @param eventType the event type
 * @param status pending, digest, succeeded, failed or cancelled
 * @param attempts attempts made
 * @param lastStatusCode the last HTTP status, or null
 * @param lastError what went wrong last, or null
 * @param nextAttemptAt when it is tried next, for pending deliveries
 * @param createdAt when recorded
 * @param completedAt when it succeeded, failed for good or was cancelled
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeliveryView(UUID id, UUID subscriptionId, String webhookId, String eventType, String status,
		int attempts, Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant createdAt,
		Instant completedAt) {
}
