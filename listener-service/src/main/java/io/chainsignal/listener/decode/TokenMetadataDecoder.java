package io.chainsignal.listener.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the return data of the token metadata calls {@code name()}, {@code symbol()}
 * and {@code decimals()}, tolerating the non-standard encodings found on mainnet; it
 * returns {@code null} instead of throwing when the data is undecodable.
 */
public final class TokenMetadataDecoder {

	private static final int WORD = 32;

	private TokenMetadataDecoder() {
	}

	/**
	 * Decode the return data of {@code name()} or {@code symbol()}.
	 * <ul>
	 * <li>Exactly 32 bytes: a {@code bytes32} string (EOS, MKR, SAI), right-padded.</li>
	 * <li>64 bytes or more: an ABI {@code string}: offset word, length word at that
	 * offset, then the bytes. A declared length beyond the end of the data is cut to the
	 * bytes present.</li>
	 * </ul>
	 * NUL bytes are removed in both cases (padding, and contracts that declare a length
	 * of 6 for {@code "ETH\0\0\0"}); PostgreSQL text cannot store them anyway.
	 * @param hexReturnData the {@code eth_call} result, {@code 0x}-prefixed hex
	 * @return the text (empty when the contract returned only zero bytes), or
	 * {@code null} when the data is empty, not hex, not one of the shapes above, or not
	 * valid UTF-8
	 */
	public static String decodeString(String hexReturnData) {
		byte[] bytes = bytes(hexReturnData);
		if (bytes == null) {
			return null;
		}
		if (bytes.length == WORD) {
			return text(bytes, 0, WORD);
		}
		if (bytes.length < 2 * WORD) {
			return null;
		}
		long offset = smallUint(bytes, 0);
		if (offset < 0 || offset + WORD > bytes.length) {
			return null;
		}
		long declared = smallUint(bytes, (int) offset);
		if (declared < 0) {
			return null;
		}
		int start = (int) offset + WORD;
		return text(bytes, start, (int) Math.min(declared, bytes.length - start));
	}

	/**
	 * Decode the return data of {@code decimals()}: a {@code uint8} in the first 32-byte
	 * word.
	 * @param hex the {@code eth_call} result, {@code 0x}-prefixed hex
	 * @return 0 to 255, or {@code null} when the data is empty, shorter than a word, not
	 * hex, or holds a larger number
	 */
	public static Integer decodeDecimals(String hex) {
		byte[] bytes = bytes(hex);
		if (bytes == null || bytes.length < WORD) {
			return null;
		}
		long value = smallUint(bytes, 0);
		return (value >= 0 && value <= 255) ? (int) value : null;
	}

	private static String text(byte[] bytes, int start, int length) {
		byte[] kept = new byte[length];
		int n = 0;
		for (int i = start; i < start + length; i++) {
			if (bytes[i] != 0) {
				kept[n++] = bytes[i];
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(kept, 0, n))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** A big-endian word as a non-negative int, or -1 when it does not fit. */
	private static long smallUint(byte[] bytes, int at) {
		for (int i = at; i < at + WORD - 4; i++) {
			if (bytes[i] != 0) {
				return -1;
			}
		}
		long value = 0;
		for (int i = at + WORD - 4; i < at + WORD; i++) {
			value = (value << 8) | (bytes[i] & 0xff);
		}
		return (value <= Integer.MAX_VALUE) ? value : -1;
	}

	private static byte[] bytes(String hex) {
		if (hex == null || hex.length() <= 2 || (hex.length() & 1) != 0 || hex.charAt(0) != '0'
				|| (hex.charAt(1) != 'x' && hex.charAt(1) != 'X')) {
			return null;
		}
		byte[] bytes = new byte[(hex.length() - 2) / 2];
		try {
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) ((HexWords.nibble(hex.charAt(2 + 2 * i)) << 4)
						| HexWords.nibble(hex.charAt(3 + 2 * i)));
			}
		}
		catch (DecodeFailure ex) {
			return null;
		}
		return bytes;
	}

}
