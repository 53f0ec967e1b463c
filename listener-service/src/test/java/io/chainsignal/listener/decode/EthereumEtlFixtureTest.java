package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;

import io.chainsignal.common.transfer.TokenStandard;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases 1-5 of {@code fixtures/mainnet/PROVENANCE.md}: blockchain-etl/ethereum-etl's
 * recorded inputs and expected token transfers. ethereum-etl's rules differ from ours in
 * two ways, both handled by {@link Source#ETHEREUM_ETL_CSV}: it writes an ERC-721 token
 * id in {@code value} (ours: value 1, token id apart), and it ignores ERC-1155, so our
 * ERC-1155 transfers are asserted on their own.
 */
class EthereumEtlFixtureTest {

	static final String ZERO = "0x0000000000000000000000000000000000000000";

	private static final String ETL = "ethereum-etl/";

	private static final String CASE1 = ETL + "export_token_transfers_block_483920/";

	/**
	 * Case 1: Parity-era eth_getFilterLogs (extra transactionLogIndex and type, no
	 * removed).
	 */
	@Test
	void case1FilterLogsOfBlock483920() {
		DecodedFixture decoded = DecodedFixture
			.decode(RpcLogs.filterLogs(CASE1 + "web3_response.eth_getFilterLogs_0x0.json"));

		assertThat(decoded.transfers()).hasSize(2);
		decoded.assertMatches(Source.ETHEREUM_ETL_CSV,
				ExpectedTransfers.read(Source.ETHEREUM_ETL_CSV, CASE1 + "expected_token_transfers.csv"));
		DecodedTransfer first = decoded.transfers().get(0);
		assertThat(first.standard()).isEqualTo(TokenStandard.ERC20);
		assertThat(first.tokenId()).isNull();
		assertThat(first.operatorAddress()).isNull();
		assertThat(first.blockHash()).isEqualTo("0x246edb4b351d93c27926f4649bcf6c24366e2a7c7c718dc9158eea20c03bc6ae");
		assertThat(first.transactionIndex()).isZero();
		assertThat(decoded.transfers().get(1).transactionIndex()).isEqualTo(1);
	}

	/**
	 * Case 2: the same two transfers read from all four receipts of block 483920 (two
	 * have no logs); its expected output is case 1's file, as PROVENANCE.md says.
	 */
	@Test
	void case2ReceiptsOfBlock483920() {
		String dir = ETL + "receipts_with_logs_block_483920/web3_response.eth_getTransactionReceipt_";
		List<Log> logs = Stream
			.of("0x04cbcb236043d8fb7839e07bbc7f5eed692fb2ca55d897f1101eac3e3ad4fab8",
					"0x05287a561f218418892ab053adfb3d919860988b19458c570c5c30f51c146f02",
					"0x463d53f0ad57677a3b430a007c1c31d15d62c37fab5eee598551697c297c235c",
					"0xcea6f89720cc1d2f46cc7a935463ae0b99dd5fad9c91bb7357de5421511cee49")
			.flatMap((tx) -> RpcLogs.receiptLogs(dir + tx + ".json").stream())
			.toList();

		DecodedFixture decoded = DecodedFixture.decode(logs);

		assertThat(logs).hasSize(2);
		assertThat(decoded.transfers()).hasSize(2);
		decoded.assertMatches(Source.ETHEREUM_ETL_CSV,
				ExpectedTransfers.read(Source.ETHEREUM_ETL_CSV, CASE1 + "expected_token_transfers.csv"));
	}

	/**
	 * Case 3: logs.csv with comma-joined topics; one value above int64; one unrelated
	 * log.
	 */
	@Test
	void case3LogsCsvOfBlock1452581() {
		String dir = ETL + "extract_token_transfers_logs_block_1452581/";
		DecodedFixture decoded = DecodedFixture.decode(EtlLogs.fromCsv(dir + "logs.csv"));

		assertThat(decoded.transfers()).hasSize(2);
		assertThat(decoded.notTransfers()).isEqualTo(1);
		decoded.assertMatches(Source.ETHEREUM_ETL_CSV,
				ExpectedTransfers.read(Source.ETHEREUM_ETL_CSV, dir + "expected_token_transfers.csv"));
		assertThat(decoded.transfers().get(0).value()).isEqualTo(new BigInteger("109000000000000000000"));
	}

	/**
	 * Case 4: pre-Byzantium geth receipts (root, no status; logs with removed); 1
	 * unrelated log.
	 */
	@Test
	void case4ReceiptsOfBlocks1755634To1755635() {
		String dir = ETL + "stream_blocks_1755634_1755635/";
		List<Log> logs = Stream
			.of("0x2e3dcd051a91d3a694f6b8de2ac4b5fe7acdba55f58bcf8471ff00d4a430074d",
					"0x9a5437ec71b74ecf5930b406908ac6999966d38a86d1534b7190ece7599095eb")
			.flatMap((tx) -> RpcLogs.receiptLogs(dir + "web3_response.eth_getTransactionReceipt_" + tx + ".json")
				.stream())
			.toList();

		DecodedFixture decoded = DecodedFixture.decode(logs);

		assertThat(decoded.transfers()).hasSize(1);
		assertThat(decoded.notTransfers()).isEqualTo(1);
		decoded.assertMatches(Source.ETHEREUM_ETL_JSON,
				ExpectedTransfers.read(Source.ETHEREUM_ETL_JSON, dir + "expected_token_transfers.json"));
	}

	/**
	 * Case 5: all 681 logs of blocks 17173049-17173050: 282 ERC-20 and 9 ERC-721 Transfer
	 * logs, 1 ERC-1155 TransferSingle mint that ethereum-etl does not emit, 389 unrelated
	 * logs. Values up to 7.79e30 are read from JSON as BigInteger.
	 */
	@Test
	void case5AllLogsOfBlocks17173049To17173050() {
		String dir = ETL + "stream_blocks_17173049_17173050/";
		DecodedFixture decoded = DecodedFixture.decode(EtlLogs.fromJsonLines(dir + "expected_logs.json"));

		assertThat(decoded.logs()).hasSize(681);
		assertThat(decoded.of(TokenStandard.ERC20)).hasSize(282);
		assertThat(decoded.of(TokenStandard.ERC721)).hasSize(9).allSatisfy((t) -> {
			assertThat(t.value()).isEqualTo(BigInteger.ONE);
			assertThat(t.tokenId()).isNotNull();
		});
		assertThat(decoded.notTransfers()).isEqualTo(681 - 291 - 1);
		decoded.assertMatches(Source.ETHEREUM_ETL_JSON,
				ExpectedTransfers.read(Source.ETHEREUM_ETL_JSON, dir + "expected_token_transfers.json"));
		// the edge cases PROVENANCE.md counts are really there (ERC-20/721 only)
		assertThat(decoded.count((t) -> t.standard() != TokenStandard.ERC1155 && ZERO.equals(t.fromAddress())))
			.isEqualTo(12);
		assertThat(decoded.count((t) -> ZERO.equals(t.toAddress()))).isEqualTo(3);
		assertThat(decoded.count((t) -> t.fromAddress().equals(t.toAddress()))).isEqualTo(13);
		assertThat(decoded.count((t) -> t.standard() == TokenStandard.ERC20 && t.value().signum() == 0)).isEqualTo(3);
		assertThat(decoded.count((t) -> t.standard() == TokenStandard.ERC20 && t.value().bitLength() > 63))
			.isEqualTo(80);

		// ours only: the TransferSingle mint (operator = receiver, from = 0x0, id 0,
		// amount 1)
		assertThat(decoded.of(TokenStandard.ERC1155)).singleElement()
			.isEqualTo(new DecodedTransfer("0x977e43ab3eb8c0aece1230ba187740342865ee78", TokenStandard.ERC1155, ZERO,
					"0x17c72771bb6b283bade0c07e0901744c37ff8c41", "0x17c72771bb6b283bade0c07e0901744c37ff8c41",
					BigInteger.ONE, BigInteger.ZERO, 17173050,
					"0x5699ffb9477f70ec736463b144614356eb051936da75fcccec73d648f2e91de4",
					"0x038d6b45ca812f889227b950d34704aeb14564cc5a88a22c26ce7e7c6f2828ab", 150, 336, 0));
	}

}
