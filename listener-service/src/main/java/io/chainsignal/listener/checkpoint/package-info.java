/**
 * Exactly once across crashes: each step's events and the listener's cursor are written
 * in one Kafka transaction, the cursor to the compacted topic
 * {@code listener-checkpoints} keyed by chain id. After a crash or any failure the cursor
 * is read back with {@code read_committed}, so it names exactly the events consumers can
 * see.
 */
package io.chainsignal.listener.checkpoint;
