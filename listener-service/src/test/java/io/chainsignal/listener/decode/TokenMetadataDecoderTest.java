package io.chainsignal.listener.decode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic cases of {@link TokenMetadataDecoder} that the mainnet fixtures lack: proper
 * ABI strings, declared lengths past the data, invalid UTF-8 and out-of-range decimals.
 */
class TokenMetadataDecoderTest {

	private static final String OFFSET_32 = "0000000000000000000000000000000000000000000000000000000000000020";

	@Test
	void decodesProperAbiString() {
		// "Wrapped Ether" (13 bytes), as WETH returns it
		String hex = "0x" + OFFSET_32 + "000000000000000000000000000000000000000000000000000000000000000d"
				+ "5772617070656420457468657200000000000000000000000000000000000000";
		assertThat(TokenMetadataDecoder.decodeString(hex)).isEqualTo("Wrapped Ether");
	}

	@Test
	void decodesMultiWordUtf8AbiString() {
		String text = "Ünïcødé token with a name longer than one word";
		byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		StringBuilder hex = new StringBuilder("0x").append(OFFSET_32).append(String.format("%064x", utf8.length));
		for (byte b : utf8) {
			hex.append(String.format("%02x", b));
		}
		while ((hex.length() - 2) % 64 != 0) {
			hex.append('0');
		}
		assertThat(TokenMetadataDecoder.decodeString(hex.toString())).isEqualTo(text);
	}

	@Test
	void cutsDeclaredLengthBeyondTheData() {
		// declares 64 bytes but only one word ("MKR" + NULs) follows
		String hex = "0x" + OFFSET_32 + "0000000000000000000000000000000000000000000000000000000000000040"
				+ "4d4b520000000000000000000000000000000000000000000000000000000000";
		assertThat(TokenMetadataDecoder.decodeString(hex)).isEqualTo("MKR");
	}

	@Test
	void decodesBytes32StringOfMaker() {
		assertThat(
				TokenMetadataDecoder.decodeString("0x4d616b6572000000000000000000000000000000000000000000000000000000"))
			.isEqualTo("Maker");
	}

	@Test
	void emptyAbiStringIsEmpty() {
		assertThat(TokenMetadataDecoder.decodeString("0x" + OFFSET_32 + "0".repeat(64))).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "0x", "0x12", "0xzz", "deadbeef", "0x123",
			// 2 words whose offset points past the data
			"0x00000000000000000000000000000000000000000000000000000000000000400000000000000000000000000000000000000000000000000000000000000003",
			// huge offset (2^256 - 1)
			"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000000000000000000000000000000000000000000000000003",
			// huge declared length is cut to the data, but an offset of 2^255 is not
			"0x80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003",
			// invalid UTF-8 in bytes32
			"0xff00000000000000000000000000000000000000000000000000000000000000" })
	void undecodableStringIsNull(String hex) {
		assertThat(TokenMetadataDecoder.decodeString(hex)).isNull();
	}

	@Test
	void decodesDecimals() {
		assertThat(TokenMetadataDecoder.decodeDecimals("0x" + "0".repeat(62) + "12")).isEqualTo(18);
		assertThat(TokenMetadataDecoder.decodeDecimals("0x" + "0".repeat(64))).isZero();
		assertThat(TokenMetadataDecoder.decodeDecimals("0x" + "0".repeat(62) + "ff")).isEqualTo(255);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "0x", "0x12", "0x0000000000000000000000000000000000000000000000000000000000000100",
			"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
			"0x00000000000000000000000000000000000000000000000000000000000000zz" })
	void undecodableDecimalsAreNull(String hex) {
		assertThat(TokenMetadataDecoder.decodeDecimals(hex)).isNull();
	}

}
