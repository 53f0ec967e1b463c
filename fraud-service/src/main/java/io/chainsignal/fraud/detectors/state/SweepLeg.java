package io.chainsignal.fraud.detectors.state;

import java.math.BigInteger;

/**
 * A transfer that moved (nearly) all its sender had of a token, as the receiver's fan-in
 * state remembers it.
 *
 * @param eventId the transfer's event id
 * @param sender the sweeping sender
 * @param token the token
 * @param amount the amount, base units
 * @param time the block timestamp
 */
public record SweepLeg(String eventId, String sender, String token, BigInteger amount, long time) {

}
