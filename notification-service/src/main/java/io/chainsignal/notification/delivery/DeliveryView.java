package io.chainsignal.notification.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

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
public record DeliveryView(UUID id, @JsonProperty("subscription_id") UUID subscriptionId,
		@JsonProperty("webhook_id") String webhookId, @JsonProperty("event_type") String eventType, String status,
		int attempts, @JsonProperty("last_status_code") Integer lastStatusCode,
		@JsonProperty("last_error") String lastError, @JsonProperty("next_attempt_at") Instant nextAttemptAt,
		@JsonProperty("created_at") Instant createdAt, @JsonProperty("completed_at") Instant completedAt) {
}
