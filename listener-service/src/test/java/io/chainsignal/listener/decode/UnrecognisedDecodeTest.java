package io.chainsignal.listener.decode;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.protocol.core.methods.response.Log;

import static io.chainsignal.listener.decode.TestLogs.ALICE;
import static io.chainsignal.listener.decode.TestLogs.BOB;
import static io.chainsignal.listener.decode.TestLogs.OPERATOR;
import static io.chainsignal.listener.decode.TestLogs.data;
import static io.chainsignal.listener.decode.TestLogs.log;
import static io.chainsignal.listener.decode.TestLogs.word;
import static io.chainsignal.listener.decode.TransferLogDecoder.TRANSFER_BATCH_TOPIC;
import static io.chainsignal.listener.decode.TransferLogDecoder.TRANSFER_SINGLE_TOPIC;
import static io.chainsignal.listener.decode.TransferLogDecoder.TRANSFER_TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every shape under our three topic0s that we refuse, each with its fixed reason (the
 * pipeline uses the reason as a metric tag, so it never carries per-log values).
 */
class UnrecognisedDecodeTest {

	/** An address word whose upper 12 bytes are not zero: not an address. */
	private static final String DIRTY_ALICE = "0x000000000000000000000001" + ALICE.substring(2);

	static Stream<Arguments> shapes() {
		String w = word(1);
		return Stream.of(
				argumentSet("Transfer, 2 topics", log(w, TRANSFER_TOPIC, word(ALICE)),
						"Transfer: needs 1, 3 or 4 topics"),
				argumentSet("Transfer, 5 topics", log("0x", TRANSFER_TOPIC, word(ALICE), word(BOB), w, w),
						"Transfer: needs 1, 3 or 4 topics"),
				argumentSet("Transfer, 3 topics, no data", log("0x", TRANSFER_TOPIC, word(ALICE), word(BOB)),
						"Transfer: 3 topics need exactly 1 data word"),
				argumentSet("Transfer, 3 topics, 2 words", log(data(w, w), TRANSFER_TOPIC, word(ALICE), word(BOB)),
						"Transfer: 3 topics need exactly 1 data word"),
				argumentSet("Transfer, 3 topics, 33 bytes", log(w + "00", TRANSFER_TOPIC, word(ALICE), word(BOB)),
						"Transfer: 3 topics need exactly 1 data word"),
				argumentSet("Transfer, 4 topics with data", log(w, TRANSFER_TOPIC, word(ALICE), word(BOB), w),
						"Transfer: 4 topics need empty data"),
				argumentSet("Transfer, 1 topic, 2 words", log(data(word(ALICE), word(BOB)), TRANSFER_TOPIC),
						"Transfer: 1 topic needs exactly 3 data words"),
				argumentSet("Transfer, dirty from topic", log(w, TRANSFER_TOPIC, DIRTY_ALICE, word(BOB)),
						"Transfer: address word has non-zero upper 12 bytes"),
				argumentSet("Transfer, dirty to topic (ERC-721)", log("0x", TRANSFER_TOPIC, word(BOB), DIRTY_ALICE, w),
						"Transfer: address word has non-zero upper 12 bytes"),
				argumentSet("Transfer, legacy, dirty from word", log(data(DIRTY_ALICE, word(BOB), w), TRANSFER_TOPIC),
						"Transfer: address word has non-zero upper 12 bytes"),
				argumentSet("Transfer, short topic", log(w, TRANSFER_TOPIC, ALICE, word(BOB)),
						"Transfer: topic is not a 32-byte hex word"),
				argumentSet("Transfer, non-hex data",
						log("0x" + "zz".repeat(32), TRANSFER_TOPIC, word(ALICE), word(BOB)),
						"Transfer: non-hex character"),
				argumentSet("Transfer, odd-length data", log(w + "0", TRANSFER_TOPIC, word(ALICE), word(BOB)),
						"Transfer: data is not 0x-prefixed hex of whole bytes"),
				argumentSet("TransferSingle, 3 topics",
						log(data(w, w), TRANSFER_SINGLE_TOPIC, word(OPERATOR), word(ALICE)),
						"TransferSingle: needs 4 topics"),
				argumentSet("TransferSingle, 3 words",
						log(data(w, w, w), TRANSFER_SINGLE_TOPIC, word(OPERATOR), word(ALICE), word(BOB)),
						"TransferSingle: needs exactly 2 data words"),
				argumentSet("TransferSingle, dirty operator",
						log(data(w, w), TRANSFER_SINGLE_TOPIC, DIRTY_ALICE, word(ALICE), word(BOB)),
						"TransferSingle: address word has non-zero upper 12 bytes"),
				argumentSet("TransferBatch, 3 topics",
						log(BatchDecodeTest.batch(1), TRANSFER_BATCH_TOPIC, word(OPERATOR), word(ALICE)),
						"TransferBatch: needs 4 topics"),
				argumentSet("Pending log (no block number)", pending(),
						"Transfer: blockNumber is missing or not a hex quantity"));
	}

	@ParameterizedTest
	@MethodSource("shapes")
	void isUnrecognised(Log log, String reason) {
		assertThat(new TransferLogDecoder().decode(log)).isEqualTo(new DecodeResult.Unrecognised(reason));
	}

	private static Log pending() {
		Log log = log(word(1), TRANSFER_TOPIC, word(ALICE), word(BOB));
		log.setBlockNumber(null);
		log.setBlockHash(null);
		return log;
	}

}
