package io.chainsignal.fraud.detectors.state;

import java.math.BigInteger;

/**
 * What an address has received and sent of one token since its state began, so a sweep
 * ("moves nearly all it had received") can be recognised.
 *
 * @param received total received, base units
 * @param sent total sent, base units
 */
public record TokenFlow(BigInteger received, BigInteger sent) {

	/** No flow yet. */
	public static final TokenFlow NONE = new TokenFlow(BigInteger.ZERO, BigInteger.ZERO);

	/**
	 * Received minus sent, never below zero.
	 * @return the balance as seen by the detectors
	 */
	public BigInteger balance() {
		return this.received.subtract(this.sent).max(BigInteger.ZERO);
	}

}
