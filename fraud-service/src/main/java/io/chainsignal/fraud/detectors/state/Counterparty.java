package io.chainsignal.fraud.detectors.state;

/**
 * An address this one recently moved value with, the reference a look-alike imitates.
 *
 * @param address the counterparty
 * @param lastSeen block timestamp of the latest transfer between them
 * @param eventId that transfer's event id
 */
public record Counterparty(String address, long lastSeen, String eventId) {

}
