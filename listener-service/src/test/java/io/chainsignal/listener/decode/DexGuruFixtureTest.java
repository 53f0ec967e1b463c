package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;
import tools.jackson.databind.JsonNode;

import static io.chainsignal.listener.decode.EthereumEtlFixtureTest.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases 8-10 of {@code fixtures/mainnet/PROVENANCE.md}, from dex-guru's fork of
 * ethereum-etl. The fork decodes ERC-1155 like we do (so those rows are compared too) but
 * gives ERC-721 transfers value 0 where ours is 1 ({@link Source#DEX_GURU_CSV}). Case 10
 * was written by the upstream author in upstream's format and rules
 * ({@link Source#ETHEREUM_ETL_JSON}).
 */
class DexGuruFixtureTest {

	private static final String DEX_GURU = "dex-guru-ethereum-etl/";

	/**
	 * Case 8: block 16896735 fetched as one eth_newFilter + eth_getFilterLogs per topic0
	 * of ours: the recorded filters are found by our own topic constants. 112 ERC-20 and
	 * 13 ERC-721 Transfer logs, 1 TransferSingle mint with an operator, an empty
	 * TransferBatch result.
	 */
	@Test
	void case8FilterLogsPerTopicOfBlock16896735() {
		String dir = DEX_GURU + "export_token_transfers_block_16896735_nft/";
		List<Log> logs = new ArrayList<>();
		for (String topic : TransferLogDecoder.TOPICS) {
			JsonNode filter = Fixtures.json(dir
					+ "web3_response.eth_newFilter_fromBlock_0x101d2df_toBlock_0x101d2df_topics_" + topic + ".json");
			List<Log> filtered = RpcLogs
				.filterLogs(dir + "web3_response.eth_getFilterLogs_" + filter.get("result").stringValue() + ".json");
			assertThat(filtered).allSatisfy((log) -> assertThat(log.getTopics().get(0)).isEqualTo(topic));
			logs.addAll(filtered);
		}

		DecodedFixture decoded = DecodedFixture.decode(logs);

		assertThat(decoded.of(TokenStandard.ERC20)).hasSize(112);
		assertThat(decoded.of(TokenStandard.ERC721)).hasSize(13);
		assertThat(decoded.transfers()).hasSize(126);
		decoded.assertMatches(Source.DEX_GURU_CSV,
				ExpectedTransfers.read(Source.DEX_GURU_CSV, dir + "expected_token_transfers_with_nft.csv"));
		assertThat(decoded.count((t) -> ZERO.equals(t.fromAddress()))).isEqualTo(5);
		assertThat(decoded.count((t) -> ZERO.equals(t.toAddress()))).isEqualTo(2);
		assertThat(decoded.transfers().stream().map(DecodedTransfer::tokenAddress).distinct()).hasSize(46);
		assertThat(decoded.of(TokenStandard.ERC1155)).singleElement()
			.isEqualTo(new DecodedTransfer("0x03bf9f1f807967002c4f9feed1dd4ea542275947", TokenStandard.ERC1155, ZERO,
					"0xfb3a85aff7cab85e7e2b7461703f57ed0105645e", "0xfa1b15df09c2944a91a2f9f10a6133090d4119bd",
					BigInteger.ONE, BigInteger.valueOf(3), 16896735,
					"0x2aee15c56ee9b2bccbfccbfe62d6cebcb2af7bf736ab59259804398f502d7fe7",
					"0x54c60539f2dcca7b61924440413bb29139cbaa2a2931f539e1a31edbb6d7cc2e", 0x36, 0x44, 0));
	}

	/**
	 * Case 9: all 1125 logs of block 17179063: 546 ERC-20, 3 ERC-721, 2 ERC-1155
	 * TransferSingle; 404 mints and 203 zero-value ERC-20 transfers;
	 * {@code token_standard} compared too.
	 */
	@Test
	void case9AllLogsOfBlock17179063() {
		String dir = DEX_GURU + "stream_block_17179063/";
		DecodedFixture decoded = DecodedFixture.decode(EtlLogs.fromJsonLines(dir + "expected_logs.json"));

		assertThat(decoded.logs()).hasSize(1125);
		assertThat(decoded.of(TokenStandard.ERC20)).hasSize(546);
		assertThat(decoded.of(TokenStandard.ERC721)).hasSize(3);
		assertThat(decoded.of(TokenStandard.ERC1155)).hasSize(2);
		assertThat(decoded.notTransfers()).isEqualTo(1125 - 551);
		decoded.assertMatches(Source.DEX_GURU_JSON,
				ExpectedTransfers.read(Source.DEX_GURU_JSON, dir + "expected_token_transfers.json"));
		assertThat(decoded.count((t) -> ZERO.equals(t.fromAddress()))).isEqualTo(404);
		assertThat(decoded.count((t) -> ZERO.equals(t.toAddress()))).isEqualTo(3);
		assertThat(decoded.count((t) -> t.fromAddress().equals(t.toAddress()))).isEqualTo(8);
		assertThat(decoded.count((t) -> t.standard() == TokenStandard.ERC20 && t.value().signum() == 0)).isEqualTo(203);
		assertThat(decoded.count((t) -> t.standard() == TokenStandard.ERC20 && t.value().bitLength() > 63))
			.isEqualTo(244);
	}

	/**
	 * Case 10: all 20 logs of post-Dencun block 19528783: 7 ERC-20 transfers (USDT, WETH,
	 * ...); the 13 others (Approval, Swap, ...) must give nothing.
	 */
	@Test
	void case10AllLogsOfBlock19528783() {
		String dir = DEX_GURU + "stream_block_19528783/";
		DecodedFixture decoded = DecodedFixture.decode(EtlLogs.fromJsonLines(dir + "expected_logs.json"));

		assertThat(decoded.logs()).hasSize(20);
		assertThat(decoded.transfers()).hasSize(7)
			.allSatisfy((t) -> assertThat(t.standard()).isEqualTo(TokenStandard.ERC20));
		assertThat(decoded.notTransfers()).isEqualTo(13);
		decoded.assertMatches(Source.ETHEREUM_ETL_JSON,
				ExpectedTransfers.read(Source.ETHEREUM_ETL_JSON, dir + "expected_token_transfers.json"));
	}

}
