/**
 * The {@code fraud-alerts} event: an explainable risk alert about an address, its
 * deterministic id, its severity bands and its Kafka serdes.
 */
package io.chainsignal.common.alert;
