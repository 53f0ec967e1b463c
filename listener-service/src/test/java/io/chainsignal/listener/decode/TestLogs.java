package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.List;

import org.web3j.protocol.core.methods.response.Log;

/**
 * Builds synthetic logs for the shapes the mainnet fixtures lack, with fixed coordinates.
 */
final class TestLogs {

	static final String TOKEN = "0x06012c8cf97bead5deae237070f9587f8e7a266d";

	static final String BLOCK_HASH = "0x1111111111111111111111111111111111111111111111111111111111111111";

	static final String TX_HASH = "0x2222222222222222222222222222222222222222222222222222222222222222";

	static final long BLOCK = 4_605_167;

	static final int TX_INDEX = 3;

	static final int LOG_INDEX = 7;

	static final String ALICE = "0xa11ce00000000000000000000000000000000001";

	static final String BOB = "0xb0b0000000000000000000000000000000000002";

	static final String OPERATOR = "0xc0ffee0000000000000000000000000000000003";

	static final BigInteger MAX_UINT256 = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

	private TestLogs() {
	}

	static Log log(String data, String... topics) {
		return new Log(false, "0x" + Integer.toHexString(LOG_INDEX), "0x" + Integer.toHexString(TX_INDEX), TX_HASH,
				BLOCK_HASH, "0x" + Long.toHexString(BLOCK), TOKEN, data, "mined", List.of(topics));
	}

	/** An address as an ABI word / indexed topic (left-padded to 32 bytes). */
	static String word(String address) {
		return "0x" + "0".repeat(24) + address.substring(2);
	}

	static String word(BigInteger value) {
		return "0x" + String.format("%64s", value.toString(16)).replace(' ', '0');
	}

	static String word(long value) {
		return word(BigInteger.valueOf(value));
	}

	/** Log data from words given as {@code 0x} hex. */
	static String data(String... words) {
		StringBuilder data = new StringBuilder("0x");
		for (String word : words) {
			data.append(word, 2, word.length());
		}
		return data.toString();
	}

}
