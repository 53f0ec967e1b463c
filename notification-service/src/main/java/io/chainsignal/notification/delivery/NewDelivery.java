package io.chainsignal.notification.delivery;

import java.util.UUID;

import io.chainsignal.notification.subscription.EventType;

/**
 * A delivery to record in the outbox.
 *
 * @param subscriptionId the subscription
 * @param webhookId the deterministic message id: the same event, subscription and type
 * always give the same id
 * @param eventType the event type
 * @param eventId the transfer event id or alert id, or null
 * @param blockHash the block hash of the transfer's placement, or null
 * @param payload the JSON body
 * @param digest whether it waits for an email digest instead of being sent
 */
public record NewDelivery(UUID subscriptionId, String webhookId, EventType eventType, String eventId, String blockHash,
		String payload, boolean digest) {
}
