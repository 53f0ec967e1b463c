package io.chainsignal.listener.decode;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases 6-7 of {@code fixtures/mainnet/PROVENANCE.md}: recorded {@code eth_call}
 * responses of {@code name()} (0x06fdde03), {@code symbol()} (0x95d89b41) and
 * {@code decimals()} (0x313ce567), each file named after the call's selector and token,
 * compared with ethereum-etl's {@code expected_tokens.csv}.
 */
class TokenMetadataFixtureTest {

	/**
	 * Case 6: EOS returns symbol() as bytes32 ("EOS" + NULs) and name() as 32 zero bytes.
	 */
	@Test
	void case6Bytes32SymbolOfEos() {
		assertMatchesExpected("ethereum-etl/tokens_bytes32_symbol_eos/", "0x86fa049857e0209aa7d9e616f7eb3b3b78ecfdb0");
		assertThat(TokenMetadataDecoder.decodeString(call("ethereum-etl/tokens_bytes32_symbol_eos/", "0x95d89b41",
				"0x86fa049857e0209aa7d9e616f7eb3b3b78ecfdb0")))
			.isEqualTo("EOS");
	}

	/**
	 * Case 7: name() and symbol() are ABI strings declaring length 6 for "ETH" followed
	 * by three NULs; ethereum-etl and we strip the NULs.
	 */
	@Test
	void case7InvalidAbiStrings() {
		assertMatchesExpected("ethereum-etl/tokens_invalid_data/", "0xf763be8b3263c268e9789abfb3934564a7b80054");
		assertThat(TokenMetadataDecoder.decodeString(
				call("ethereum-etl/tokens_invalid_data/", "0x06fdde03", "0xf763be8b3263c268e9789abfb3934564a7b80054")))
			.isEqualTo("ETH");
	}

	private static void assertMatchesExpected(String dir, String token) {
		Map<String, String> expected = Csv.rows(dir + "expected_tokens.csv").get(0);
		assertThat(expected.get("address")).isEqualTo(token);
		assertThat(TokenMetadataDecoder.decodeString(call(dir, "0x95d89b41", token))).as("symbol")
			.isEqualTo(expected.get("symbol"));
		assertThat(TokenMetadataDecoder.decodeString(call(dir, "0x06fdde03", token))).as("name")
			.isEqualTo(expected.get("name"));
		assertThat(TokenMetadataDecoder.decodeDecimals(call(dir, "0x313ce567", token))).as("decimals")
			.isEqualTo(Integer.valueOf(expected.get("decimals")));
	}

	private static String call(String dir, String selector, String token) {
		return Fixtures.json(dir + "web3_response.eth_call_data_" + selector + "_to_" + token + "_latest.json")
			.get("result")
			.stringValue();
	}

}
