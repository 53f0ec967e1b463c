package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;

import static io.chainsignal.listener.decode.TestLogs.ALICE;
import static io.chainsignal.listener.decode.TestLogs.BOB;
import static io.chainsignal.listener.decode.TestLogs.MAX_UINT256;
import static io.chainsignal.listener.decode.TestLogs.OPERATOR;
import static io.chainsignal.listener.decode.TestLogs.data;
import static io.chainsignal.listener.decode.TestLogs.log;
import static io.chainsignal.listener.decode.TestLogs.word;
import static io.chainsignal.listener.decode.TransferLogDecoder.TRANSFER_SINGLE_TOPIC;
import static io.chainsignal.listener.decode.TransferLogDecoder.TRANSFER_TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic logs for each decodable shape, including those no fixture has (the legacy
 * non-indexed Transfer, extreme values, upper-case hex). Our rules: 3 topics + 1 word is
 * ERC-20, 4 topics + no data is ERC-721 with value 1, 1 topic + 3 words is the legacy
 * form read as ERC-20 (like ethereum-etl: the log cannot say whether word 2 is an amount
 * or a token id), and TransferSingle is ERC-1155 with its operator.
 */
class TransferLogDecoderTest {

	private static final String APPROVAL_TOPIC = "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925";

	private final TransferLogDecoder decoder = new TransferLogDecoder();

	@Test
	void erc20() {
		assertThat(single(log(word(1_000_000), TRANSFER_TOPIC, word(ALICE), word(BOB))))
			.isEqualTo(expected(TokenStandard.ERC20, ALICE, BOB, null, BigInteger.valueOf(1_000_000), null));
	}

	@Test
	void erc20ZeroAndMaximumValues() {
		assertThat(single(log(word(0), TRANSFER_TOPIC, word(ALICE), word(BOB))).value()).isEqualTo(BigInteger.ZERO);
		assertThat(single(log(word(MAX_UINT256), TRANSFER_TOPIC, word(ALICE), word(BOB))).value())
			.isEqualTo(MAX_UINT256);
		BigInteger justAboveLong = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
		assertThat(single(log(word(justAboveLong), TRANSFER_TOPIC, word(ALICE), word(BOB))).value())
			.isEqualTo(justAboveLong);
	}

	@Test
	void erc721HasValueOneAndTheIndexedTokenId() {
		assertThat(single(log("0x", TRANSFER_TOPIC, word(ALICE), word(BOB), word(MAX_UINT256))))
			.isEqualTo(expected(TokenStandard.ERC721, ALICE, BOB, null, BigInteger.ONE, MAX_UINT256));
	}

	@Test
	void legacyNonIndexedTransferIsReadAsErc20() {
		// CryptoKitties-era Transfer(address from, address to, uint256 tokenId) with
		// nothing indexed
		Log legacy = log(data(word(ALICE), word(BOB), word(1_337)), TRANSFER_TOPIC);
		assertThat(single(legacy))
			.isEqualTo(expected(TokenStandard.ERC20, ALICE, BOB, null, BigInteger.valueOf(1_337), null));
	}

	@Test
	void erc1155TransferSingle() {
		Log log = log(data(word(MAX_UINT256), word(0)), TRANSFER_SINGLE_TOPIC, word(OPERATOR), word(ALICE), word(BOB));
		assertThat(single(log))
			.isEqualTo(expected(TokenStandard.ERC1155, ALICE, BOB, OPERATOR, BigInteger.ZERO, MAX_UINT256));
	}

	@Test
	void upperCaseHexComesOutLowerCase() {
		Log log = new Log(false, "0x7", "0x3", TestLogs.TX_HASH.toUpperCase().replace("0X", "0x"), TestLogs.BLOCK_HASH,
				"0x4644EF", TestLogs.TOKEN.toUpperCase().replace("0X", "0x"), word(255).toUpperCase(), null,
				List.of(TRANSFER_TOPIC.toUpperCase(), word(ALICE).toUpperCase(), word(BOB)));
		assertThat(single(log))
			.isEqualTo(expected(TokenStandard.ERC20, ALICE, BOB, null, BigInteger.valueOf(255), null));
	}

	@Test
	void removedLogsAreDecodedLikeAnyOther() {
		Log log = log(word(5), TRANSFER_TOPIC, word(ALICE), word(BOB));
		log.setRemoved(true);
		assertThat(single(log)).isEqualTo(expected(TokenStandard.ERC20, ALICE, BOB, null, BigInteger.valueOf(5), null));
	}

	@Test
	void otherEventsAreNotTransfers() {
		// Approval(owner, spender, value) has the ERC-20 Transfer shape but another
		// topic0
		assertThat(this.decoder.decode(log(word(5), APPROVAL_TOPIC, word(ALICE), word(BOB))))
			.isEqualTo(DecodeResult.none());
		assertThat(this.decoder.decode(log("0x"))).isEqualTo(DecodeResult.none());
		Log noTopics = log("0x");
		noTopics.setTopics(null);
		assertThat(this.decoder.decode(noTopics)).isEqualTo(DecodeResult.none());
	}

	private DecodedTransfer single(Log log) {
		DecodeResult result = this.decoder.decode(log);
		assertThat(result).isInstanceOf(DecodeResult.Transfers.class);
		List<DecodedTransfer> transfers = ((DecodeResult.Transfers) result).transfers();
		assertThat(transfers).hasSize(1);
		return transfers.get(0);
	}

	static DecodedTransfer expected(TokenStandard standard, String from, String to, String operator, BigInteger value,
			BigInteger tokenId) {
		return new DecodedTransfer(TestLogs.TOKEN, standard, from, to, operator, value, tokenId, TestLogs.BLOCK,
				TestLogs.BLOCK_HASH, TestLogs.TX_HASH, TestLogs.TX_INDEX, TestLogs.LOG_INDEX, 0);
	}

}
