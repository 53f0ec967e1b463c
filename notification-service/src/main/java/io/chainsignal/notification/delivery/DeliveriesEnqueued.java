package io.chainsignal.notification.delivery;

/**
 * Published when a transaction records deliveries, so that this instance's dispatcher
 * wakes up when it commits instead of waiting for its next poll.
 */
record DeliveriesEnqueued() {
}
