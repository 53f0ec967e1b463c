package io.chainsignal.notification.subscription;

/**
 * Published after a subscription was stored, so this instance's matching index and
 * mailers react at once; other instances see the change through their periodic reload.
 *
 * @param subscription the subscription as stored
 * @param created whether it was just created
 */
public record SubscriptionChanged(Subscription subscription, boolean created) {
}
