package io.chainsignal.common.json;

import java.math.BigInteger;

/**
 * Checks of the wire formats every event shares (lower-case hex addresses and hashes,
 * uint256 values, event ids), each throwing an {@link EventValidationException} that
 * names the field.
 */
public final class Fields {

	/** The largest uint256, 2^256-1. */
	public static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

	private static final int MAX_ECHO = 100;

	private Fields() {
	}

	/**
	 * Requires a non-null value.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @param <T> the value type
	 * @return the value
	 */
	public static <T> T required(String field, T value) {
		if (value == null) {
			throw invalid(field, "is missing or null");
		}
		return value;
	}

	/**
	 * Requires a 20-byte address in lower-case 0x hex.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @return the value
	 */
	public static String address(String field, String value) {
		return lowerHex(field, value, 20);
	}

	/**
	 * Requires null or a 20-byte address in lower-case 0x hex.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @return the value
	 */
	public static String optionalAddress(String field, String value) {
		return (value != null) ? address(field, value) : null;
	}

	/**
	 * Requires a 32-byte hash in lower-case 0x hex.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @return the value
	 */
	public static String hash(String field, String value) {
		return lowerHex(field, value, 32);
	}

	/**
	 * Requires an event id of the form
	 * {@code {chain_id}:{transaction_hash}:{log_index}:{batch_index}}.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @return the value
	 */
	public static String eventId(String field, String value) {
		required(field, value);
		if (!isEventId(value)) {
			throw invalid(field,
					"must be {chain_id}:{transaction_hash}:{log_index}:{batch_index}, got \"" + echo(value) + "\"");
		}
		return value;
	}

	/**
	 * Requires an integer from 0 to 2^256-1.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @return the value
	 */
	public static BigInteger uint256(String field, BigInteger value) {
		required(field, value);
		if (value.signum() < 0 || value.compareTo(UINT256_MAX) > 0) {
			throw invalid(field, "must be from 0 to 2^256-1, got " + echo(value.toString()));
		}
		return value;
	}

	/**
	 * Requires a number of zero or more.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @return the value
	 */
	public static long nonNegative(String field, long value) {
		if (value < 0) {
			throw invalid(field, "must not be negative, got " + value);
		}
		return value;
	}

	/**
	 * Requires a number within a closed range.
	 * @param field the JSON field name, for the message
	 * @param value the value
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @return the value
	 */
	public static int between(String field, int value, int min, int max) {
		if (value < min || value > max) {
			throw invalid(field, "must be from " + min + " to " + max + ", got " + value);
		}
		return value;
	}

	/**
	 * Builds the exception for a field that breaks the contract.
	 * @param field the JSON field name
	 * @param problem what is wrong, as in "must be ..."
	 * @return the exception, for the caller to throw
	 */
	public static EventValidationException invalid(String field, String problem) {
		return new EventValidationException(field + ": " + problem);
	}

	/**
	 * Shortens a value for an error message, so that a huge input cannot flood the logs.
	 * @param value the value
	 * @return the value, cut to 100 characters
	 */
	public static String echo(String value) {
		return (value.length() <= MAX_ECHO) ? value : value.substring(0, MAX_ECHO) + "...";
	}

	/**
	 * {@code 0x} and exactly {@code bytes} bytes of lower-case hex; a plain loop, as it
	 * runs for every field of every event.
	 */
	private static String lowerHex(String field, String value, int bytes) {
		required(field, value);
		if (value.length() != 2 + 2 * bytes || value.charAt(0) != '0' || value.charAt(1) != 'x'
				|| !lowerHex(value, 2, value.length())) {
			throw invalid(field, "must be lower-case 0x hex of " + bytes + " bytes, got \"" + echo(value) + "\"");
		}
		return value;
	}

	/**
	 * {@code [1-9][0-9]*:0x[0-9a-f]{64}:(0|[1-9][0-9]*):(0|[1-9][0-9]*)} as a plain loop:
	 * a regular expression cost 5% of the listener's CPU.
	 */
	private static boolean isEventId(String value) {
		int end = value.length();
		int chainEnd = value.indexOf(':');
		if (chainEnd < 1 || value.charAt(0) == '0' || !digits(value, 0, chainEnd)) {
			return false;
		}
		int hashEnd = chainEnd + 1 + 2 + 64;
		if (hashEnd >= end || value.charAt(hashEnd) != ':' || value.charAt(chainEnd + 1) != '0'
				|| value.charAt(chainEnd + 2) != 'x' || !lowerHex(value, chainEnd + 3, hashEnd)) {
			return false;
		}
		int logEnd = value.indexOf(':', hashEnd + 1);
		return logEnd > 0 && canonicalNumber(value, hashEnd + 1, logEnd) && canonicalNumber(value, logEnd + 1, end);
	}

	private static boolean canonicalNumber(String value, int start, int end) {
		return end > start && (value.charAt(start) != '0' || end == start + 1) && digits(value, start, end);
	}

	private static boolean digits(String value, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean lowerHex(String value, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

}
