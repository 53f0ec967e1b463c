package io.chainsignal.common.json;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The contract's two string-encoded scalars, read by hand for the hot path: a
 * {@link BigInteger} in decimal digits and an {@link Instant} in ISO-8601 UTC. Each
 * method answers null for anything outside the plain form instead of explaining it;
 * callers fall back to the Jackson path, whose deserializers give the error message.
 */
public final class StrictScalars {

	/** 2^256-1 has 78 digits; longer strings are refused before parsing them. */
	static final int MAX_DIGITS = 78;

	/** Up to 18 digits fit a long, which is far cheaper to parse than a BigInteger. */
	private static final int LONG_DIGITS = 18;

	private static final int SECONDS_PER_DAY = 86_400;

	private StrictScalars() {
	}

	/**
	 * Reads a decimal integer of at most 78 digits, without sign or leading zeros.
	 * @param text the string
	 * @return the integer, or null if the string is not of that form
	 */
	public static BigInteger decimal(String text) {
		int length = text.length();
		if (length == 0 || length > MAX_DIGITS || (text.charAt(0) == '0' && length > 1)) {
			return null;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
		}
		return (length <= LONG_DIGITS) ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text);
	}

	/**
	 * Reads an instant of the form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, with a real
	 * date, hours 0 to 23, minutes and seconds 0 to 59.
	 * @param text the string
	 * @return the instant, or null if the string is not of that form (a leap second
	 * included: the caller's slower path decides those)
	 */
	public static Instant utcInstant(String text) {
		int length = text.length();
		if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
				|| text.charAt(length - 1) != 'Z' || (length > 20 && text.charAt(19) != '.')) {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int nanos = 0;
		if (length > 20) {
			int fraction = digits(text, 20, length - 1);
			if (fraction < 0) {
				return null;
			}
			nanos = fraction;
			for (int i = length - 1 - 20; i < 9; i++) {
				nanos *= 10;
			}
		}
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return null;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return null;
		}
		return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
	}

	/**
	 * The digits from {@code start} (inclusive) to {@code end}, or -1 if any is not one.
	 */
	private static int digits(String text, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
