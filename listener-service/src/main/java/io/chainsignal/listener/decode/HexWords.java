package io.chainsignal.listener.decode;

import java.math.BigInteger;

/**
 * Read-only view of a {@code 0x}-prefixed hex string (log data or one topic) as
 * big-endian bytes, read in place without copying or regexes; every read is
 * bounds-checked and any malformed input raises {@link DecodeFailure}.
 */
final class HexWords {

	static final int WORD = 32;

	private static final HexWords EMPTY = new HexWords("0x", 0);

	private final String hex;

	private final int byteLength;

	private HexWords(String hex, int byteLength) {
		this.hex = hex;
		this.byteLength = byteLength;
	}

	/**
	 * View log data; a missing ({@code null}) data field reads as empty.
	 * @param hex {@code 0x}-prefixed hex with an even number of digits
	 * @return the view
	 */
	static HexWords of(String hex) {
		if (hex == null || hex.length() == 2 && hasPrefix(hex)) {
			return EMPTY;
		}
		if (!hasPrefix(hex) || (hex.length() & 1) != 0) {
			throw new DecodeFailure("data is not 0x-prefixed hex of whole bytes");
		}
		return new HexWords(hex, (hex.length() - 2) / 2);
	}

	/**
	 * View one topic, which must be exactly one 32-byte word.
	 * @param topic the topic as the node returned it
	 * @return the view
	 */
	static HexWords topic(String topic) {
		if (topic == null || topic.length() != 2 + 2 * WORD || !hasPrefix(topic)) {
			throw new DecodeFailure("topic is not a 32-byte hex word");
		}
		return new HexWords(topic, WORD);
	}

	int byteLength() {
		return this.byteLength;
	}

	boolean isWholeWords() {
		return this.byteLength % WORD == 0;
	}

	int wordCount() {
		return this.byteLength / WORD;
	}

	/**
	 * Read an unsigned 256-bit integer.
	 * @param byteOffset where the word starts
	 * @return its value, never negative
	 */
	BigInteger uint256At(long byteOffset) {
		int at = charIndex(byteOffset);
		long w0 = longAt(at);
		long w1 = longAt(at + 16);
		long w2 = longAt(at + 32);
		long w3 = longAt(at + 48);
		if ((w0 | w1 | w2) == 0 && w3 >= 0) {
			return BigInteger.valueOf(w3);
		}
		byte[] bytes = new byte[WORD];
		putLong(bytes, 0, w0);
		putLong(bytes, 8, w1);
		putLong(bytes, 16, w2);
		putLong(bytes, 24, w3);
		return new BigInteger(1, bytes);
	}

	/**
	 * Read a word meant as an ABI offset or length.
	 * @param byteOffset where the word starts
	 * @return its value, or -1 when it exceeds {@link Integer#MAX_VALUE} (more than any
	 * hex string can hold, so always out of range)
	 */
	long smallUintAt(long byteOffset) {
		int at = charIndex(byteOffset);
		long high = longAt(at) | longAt(at + 16) | longAt(at + 32);
		long low = longAt(at + 48);
		return (high == 0 && low >= 0 && low <= Integer.MAX_VALUE) ? low : -1;
	}

	/**
	 * Read an ABI-encoded address: a word whose upper 12 bytes must be zero.
	 * @param byteOffset where the word starts
	 * @return the lower 20 bytes as lower-case {@code 0x} hex
	 */
	String addressAt(long byteOffset) {
		int at = charIndex(byteOffset);
		for (int i = at; i < at + 24; i++) {
			if (this.hex.charAt(i) != '0') {
				throw new DecodeFailure("address word has non-zero upper 12 bytes");
			}
		}
		return lowerHex(this.hex, at + 24, 40);
	}

	/**
	 * Check and lower-case a {@code 0x}-prefixed hex string of a fixed byte length (an
	 * address or a hash).
	 * @param value the value as the node returned it
	 * @param bytes the expected length in bytes
	 * @param what what the value is, for the failure reason
	 * @return the lower-case value
	 */
	static String lowerHexField(String value, int bytes, String what) {
		if (value == null || value.length() != 2 + 2 * bytes || !hasPrefix(value)) {
			throw new DecodeFailure(what + " is missing or not " + bytes + "-byte hex");
		}
		return lowerHex(value, 2, 2 * bytes);
	}

	private static String lowerHex(String source, int from, int digits) {
		char[] out = new char[2 + digits];
		out[0] = '0';
		out[1] = 'x';
		for (int i = 0; i < digits; i++) {
			char c = source.charAt(from + i);
			nibble(c);
			out[2 + i] = (c >= 'A' && c <= 'F') ? (char) (c + ('a' - 'A')) : c;
		}
		return new String(out);
	}

	private int charIndex(long byteOffset) {
		if (byteOffset < 0 || byteOffset + WORD > this.byteLength) {
			throw new DecodeFailure("read past the end of the data");
		}
		return 2 + 2 * (int) byteOffset;
	}

	private long longAt(int charIndex) {
		long value = 0;
		for (int i = charIndex; i < charIndex + 16; i++) {
			value = (value << 4) | nibble(this.hex.charAt(i));
		}
		return value;
	}

	private static void putLong(byte[] bytes, int at, long value) {
		for (int i = 7; i >= 0; i--) {
			bytes[at + i] = (byte) value;
			value >>>= 8;
		}
	}

	static int nibble(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		int lower = c | 0x20;
		if (lower >= 'a' && lower <= 'f') {
			return lower - 'a' + 10;
		}
		throw new DecodeFailure("non-hex character");
	}

	private static boolean hasPrefix(String hex) {
		return hex.length() >= 2 && hex.charAt(0) == '0' && (hex.charAt(1) == 'x' || hex.charAt(1) == 'X');
	}

}
