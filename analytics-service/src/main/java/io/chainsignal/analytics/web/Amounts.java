package io.chainsignal.analytics.web;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Amounts on the wire: base units as a decimal string, and the decimals-adjusted value
 * when the token's decimals are known.
 */
public final class Amounts {

	private Amounts() {
	}

	public static String raw(BigInteger value) {
		return value.toString();
	}

	/**
	 * The amount divided by 10^decimals, without trailing zeros, or null when decimals
	 * are unknown.
	 */
	public static String adjusted(BigInteger value, Integer decimals) {
		if (decimals == null) {
			return null;
		}
		BigDecimal adjusted = new BigDecimal(value, decimals).stripTrailingZeros();
		return (adjusted.signum() == 0) ? "0" : adjusted.toPlainString();
	}

}
