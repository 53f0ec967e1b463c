package io.chainsignal.listener.decode;

import java.math.BigInteger;

import io.chainsignal.common.transfer.TokenStandard;
import org.junit.jupiter.api.Test;

import static io.chainsignal.listener.decode.EthereumEtlFixtureTest.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases 11-12 of {@code fixtures/mainnet/PROVENANCE.md}: coinbase/chainstorage's own
 * parsed blocks, an expected output independent of ethereum-etl. Its protobuf-JSON omits
 * fields equal to 0 (a log with logIndex 0 has no {@code logIndex} key;
 * {@link ChainstorageBlock} reads them as 0). Its ERC-721 entries carry the token id and
 * no value ({@link Source#CHAINSTORAGE}); it ignores ERC-1155, so case 12's 8
 * TransferSingle logs are asserted on their own.
 */
class ChainstorageFixtureTest {

	private static final String DIR = "coinbase-chainstorage/";

	/**
	 * Case 11: block 4000000 (2017), 61 logs, 18 ERC-20 transfers, 8 of them zero-value.
	 */
	@Test
	void case11Block4000000() {
		ChainstorageBlock block = ChainstorageBlock.read(DIR + "native_block_4000000/native_block_4000000.json");
		DecodedFixture decoded = DecodedFixture.decode(block.logs());

		assertThat(block.logs()).hasSize(61);
		assertThat(decoded.transfers()).hasSize(18)
			.allSatisfy((t) -> assertThat(t.standard()).isEqualTo(TokenStandard.ERC20));
		assertThat(decoded.notTransfers()).isEqualTo(61 - 18);
		decoded.assertMatches(Source.CHAINSTORAGE, block.expected());
		assertThat(decoded.transfers().stream().map(DecodedTransfer::tokenAddress).distinct()).hasSize(8);
		assertThat(decoded.count((t) -> t.value().signum() == 0)).isEqualTo(8);
		assertThat(decoded.count((t) -> t.value().bitLength() > 63)).isEqualTo(4);
	}

	/**
	 * Case 12: block 14000000 (2022), 179 logs: 76 ERC-20 and 4 ERC-721 transfers
	 * compared with chainstorage, plus 8 ERC-1155 TransferSingle that only we decode.
	 */
	@Test
	void case12Block14000000() {
		ChainstorageBlock block = ChainstorageBlock.read(DIR + "native_block_14000000/native_block_14000000.json");
		DecodedFixture decoded = DecodedFixture.decode(block.logs());

		assertThat(block.logs()).hasSize(179);
		assertThat(decoded.of(TokenStandard.ERC20)).hasSize(76);
		assertThat(decoded.of(TokenStandard.ERC721)).hasSize(4);
		assertThat(decoded.notTransfers()).isEqualTo(179 - 88);
		decoded.assertMatches(Source.CHAINSTORAGE, block.expected());
		assertThat(block.expected()).hasSize(80);
		assertThat(decoded.count((t) -> t.standard() != TokenStandard.ERC1155 && ZERO.equals(t.fromAddress())))
			.isEqualTo(6);
		assertThat(decoded.count((t) -> t.standard() == TokenStandard.ERC20 && t.value().bitLength() > 63))
			.isEqualTo(45);
		assertThat(decoded.transfers().stream().map(DecodedTransfer::tokenAddress).distinct()).hasSize(36);

		// ours only: 8 TransferSingle, each of amount 1
		assertThat(decoded.of(TokenStandard.ERC1155)).hasSize(8)
			.allSatisfy((t) -> assertThat(t.value()).isEqualTo(BigInteger.ONE))
			.extracting(DecodedTransfer::tokenId)
			.containsExactly(BigInteger.valueOf(0), BigInteger.valueOf(20), BigInteger.valueOf(22),
					BigInteger.valueOf(23), BigInteger.valueOf(1), BigInteger.valueOf(26), BigInteger.valueOf(32),
					BigInteger.valueOf(31));
		assertThat(decoded.of(TokenStandard.ERC1155).get(0))
			.isEqualTo(new DecodedTransfer("0xd0b53410454370a482979c0adaf3667c6308a801", TokenStandard.ERC1155,
					"0x174905a1f16f9324e1e4d647f1dda031b95c8b22", "0xe85662a03d1c6d26838b26a81c4a9ae721b8a19b",
					"0xcc99ce3dad3ec8ed081548b18b61ea1e914f3e2f", BigInteger.ONE, BigInteger.ZERO, 14000000,
					"0x9bff49171de27924fa958faf7b7ce605c1ff0fdee86f4c0c74239e6ae20d9446",
					"0xdb3d3f5a611d7c7eba5aa9d262773d61a9b17053bec3b5b80ca32d693734ab9d", 82, 121, 0));
	}

}
