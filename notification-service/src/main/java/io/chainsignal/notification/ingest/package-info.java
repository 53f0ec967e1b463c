/**
 * Consuming {@code token-transfers} and {@code fraud-alerts}: contract deserialization,
 * dead letters, and recording each event's deliveries in the outbox in the consuming
 * transaction.
 */
package io.chainsignal.notification.ingest;
