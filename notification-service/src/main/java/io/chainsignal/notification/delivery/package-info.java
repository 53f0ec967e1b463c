/**
 * The durable outbox: deliveries recorded with the consumed event, claimed by dispatcher
 * workers with {@code FOR UPDATE SKIP LOCKED} and a lease, retried on a schedule.
 */
package io.chainsignal.notification.delivery;
