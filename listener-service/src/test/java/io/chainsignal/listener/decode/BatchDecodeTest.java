package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.Log;

import static io.chainsignal.listener.decode.TestLogs.ALICE;
import static io.chainsignal.listener.decode.TestLogs.BOB;
import static io.chainsignal.listener.decode.TestLogs.MAX_UINT256;
import static io.chainsignal.listener.decode.TestLogs.OPERATOR;
import static io.chainsignal.listener.decode.TestLogs.data;
import static io.chainsignal.listener.decode.TestLogs.word;
import static io.chainsignal.listener.decode.TransferLogDecoder.TRANSFER_BATCH_TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ERC-1155 TransferBatch, which no mainnet fixture holds: data ABI-encoded by web3j's own
 * encoder, and hand-made malformed data that must be refused without reading out of
 * range.
 */
class BatchDecodeTest {

	private final TransferLogDecoder decoder = new TransferLogDecoder();

	@Test
	void onePerPairInOrder() {
		List<BigInteger> ids = List.of(BigInteger.valueOf(7), MAX_UINT256, BigInteger.ZERO);
		List<BigInteger> values = List.of(BigInteger.TEN, BigInteger.ZERO, MAX_UINT256);

		DecodeResult result = this.decoder.decode(batchLog(encode(ids, values)));

		assertThat(result).isEqualTo(new DecodeResult.Transfers(List.of(expected(7, BigInteger.TEN, 0),
				expected(MAX_UINT256, BigInteger.ZERO, 1), expected(BigInteger.ZERO, MAX_UINT256, 2))));
	}

	@Test
	void emptyArraysGiveNoTransfers() {
		assertThat(this.decoder.decode(batchLog(encode(List.of(), List.of())))).isEqualTo(DecodeResult.none());
	}

	@Test
	void handEncodedBatch() {
		// hand-made: ids at offset 0x40, values at offset 0x80, one pair each
		String data = data(word(0x40), word(0x80), word(1), word(42), word(1), word(5));
		assertThat(this.decoder.decode(batchLog(data)))
			.isEqualTo(new DecodeResult.Transfers(List.of(expected(42, BigInteger.valueOf(5), 0))));
	}

	@Test
	void malformedBatchesAreUnrecognised() {
		String w = word(1);
		String twoPairs = batch(2);
		assertUnrecognised(data(w), "data is shorter than its two array offsets");
		assertUnrecognised(twoPairs + "00", "data is not whole 32-byte words");
		// truncated: last value word missing
		assertUnrecognised(twoPairs.substring(0, twoPairs.length() - 64), "array length exceeds the data");
		// ids offset past the end
		assertUnrecognised(data(word(0x1000), word(0x40), word(0)), "array offset is out of range");
		// offset of 2^256 - 1
		assertUnrecognised(data(word(MAX_UINT256), word(0x40), word(0)), "array offset is out of range");
		// lengths 2 and 1
		assertUnrecognised(data(word(0x40), word(0xa0), word(2), w, w, word(1), w),
				"ids and values have different lengths");
		// declared length 2^256 - 1 and 2^31 - 1 over a few words: no overflow, no huge
		// allocation
		assertUnrecognised(data(word(0x40), word(0x60), word(MAX_UINT256), word(0)), "array length exceeds the data");
		assertUnrecognised(data(word(0x40), word(0x60), word(Integer.MAX_VALUE), word(Integer.MAX_VALUE)),
				"array length exceeds the data");
		assertUnrecognised(data(word(0x40), word(0x60), word(0), word(BigInteger.TWO.pow(64).add(BigInteger.ONE))),
				"array length exceeds the data");
		// a dirty operator topic, even with empty arrays
		Log dirty = TestLogs.log(batch(0), TRANSFER_BATCH_TOPIC, "0xff" + word(OPERATOR).substring(4), word(ALICE),
				word(BOB));
		assertThat(this.decoder.decode(dirty))
			.isEqualTo(new DecodeResult.Unrecognised("TransferBatch: address word has non-zero upper 12 bytes"));
	}

	private void assertUnrecognised(String data, String reason) {
		assertThat(this.decoder.decode(batchLog(data))).as(reason)
			.isEqualTo(new DecodeResult.Unrecognised("TransferBatch: " + reason));
	}

	/** ABI data of a batch with {@code pairs} pairs (id i, value i + 100). */
	static String batch(int pairs) {
		List<BigInteger> ids = new ArrayList<>();
		List<BigInteger> values = new ArrayList<>();
		for (int i = 0; i < pairs; i++) {
			ids.add(BigInteger.valueOf(i));
			values.add(BigInteger.valueOf(i + 100));
		}
		return encode(ids, values);
	}

	@SuppressWarnings("rawtypes") // FunctionEncoder takes a raw List<Type>
	static String encode(List<BigInteger> ids, List<BigInteger> values) {
		List<Type> params = List.of(new DynamicArray<>(Uint256.class, ids.stream().map(Uint256::new).toList()),
				new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList()));
		return "0x" + FunctionEncoder.encodeConstructor(params);
	}

	private static Log batchLog(String data) {
		return TestLogs.log(data, TRANSFER_BATCH_TOPIC, word(OPERATOR), word(ALICE), word(BOB));
	}

	private static DecodedTransfer expected(long id, BigInteger value, int batchIndex) {
		return expected(BigInteger.valueOf(id), value, batchIndex);
	}

	private static DecodedTransfer expected(BigInteger id, BigInteger value, int batchIndex) {
		return new DecodedTransfer(TestLogs.TOKEN, TokenStandard.ERC1155, ALICE, BOB, OPERATOR, value, id,
				TestLogs.BLOCK, TestLogs.BLOCK_HASH, TestLogs.TX_HASH, TestLogs.TX_INDEX, TestLogs.LOG_INDEX,
				batchIndex);
	}

}
