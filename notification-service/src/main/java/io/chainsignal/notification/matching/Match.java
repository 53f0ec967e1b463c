package io.chainsignal.notification.matching;

import java.util.List;

import io.chainsignal.notification.subscription.Subscription;

/**
 * One subscription an event is delivered to, with why.
 *
 * @param subscription the subscription
 * @param watchedAddress the watched address involved, or null for a token-only match
 * @param direction {@code in} or {@code out} relative to the watched address, or null
 * @param flags the local suspicion rules the event trips (delivered only to subscriptions
 * that do not suppress them)
 */
public record Match(Subscription subscription, String watchedAddress, String direction, List<String> flags) {
}
