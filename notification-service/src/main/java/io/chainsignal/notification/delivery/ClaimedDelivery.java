package io.chainsignal.notification.delivery;

import java.util.UUID;

import io.chainsignal.notification.subscription.Subscription;

/**
 * A delivery a worker holds the lease of, with its subscription as it was when claimed.
 *
 * @param id the delivery id
 * @param claimToken proves the lease; results recorded without it are ignored
 * @param webhookId the Standard Webhooks message id
 * @param eventType the event type
 * @param payload the JSON body
 * @param attempts attempts made before this one
 * @param subscription the subscription
 */
public record ClaimedDelivery(UUID id, UUID claimToken, String webhookId, String eventType, String payload,
		int attempts, Subscription subscription) {
}
