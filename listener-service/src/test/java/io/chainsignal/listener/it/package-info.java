/**
 * End-to-end tests of the listener against a real anvil node and a real KRaft Kafka
 * broker: what the node holds must reach {@code token-transfers} exactly once, in order,
 * through reorganisations, faults and crashes.
 */
package io.chainsignal.listener.it;
