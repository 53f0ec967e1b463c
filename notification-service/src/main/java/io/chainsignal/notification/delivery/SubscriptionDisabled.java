package io.chainsignal.notification.delivery;

import io.chainsignal.notification.subscription.Subscription;

/**
 * Published after the dispatcher disabled a subscription (410, or failing for too long),
 * so its owner can be told.
 *
 * @param subscription the subscription, now disabled
 * @param reason why, in words
 */
public record SubscriptionDisabled(Subscription subscription, String reason) {
}
