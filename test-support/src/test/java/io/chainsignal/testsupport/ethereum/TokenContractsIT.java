package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploys each test contract on the shared anvil, transfers, and observes the logs
 * through eth_getLogs.
 */
class TokenContractsIT {

	private static final String ZERO = "0x0000000000000000000000000000000000000000";

	private final Anvil anvil = Anvil.shared();

	private final DevAccount alice = DevAccount.of(1);

	private final DevAccount bob = DevAccount.of(2);

	@Test
	void devAccountsAreTheNodesAccounts() throws Exception {
		assertThat(this.anvil.chainId()).isEqualTo(31337);
		assertThat(this.anvil.web3j().ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(31337));
		assertThat(this.anvil.web3j().ethAccounts().send().getAccounts())
			.containsExactlyElementsOf(DevAccount.all().stream().map((a) -> a.address().toLowerCase()).toList());
		assertThat(DevAccount.all()).allSatisfy(
				(account) -> assertThat(account.credentials().getAddress()).isEqualTo(account.address().toLowerCase()));
	}

	@Test
	void erc20TransferLogHasThreeTopicsAndOneDataWord() {
		Erc20Token token = Erc20Token.deploy(this.anvil, "Test USD", "TUSD", 6);
		token.mint(this.alice.address(), BigInteger.valueOf(1_000)).receipt();
		long block = token.transfer(this.alice, this.bob.address(), BigInteger.valueOf(250)).blockNumber();

		Log log = onlyLog(block, token.address());
		assertThat(log.getTopics()).containsExactly(TokenEvents.TRANSFER, topic(this.alice), topic(this.bob));
		assertThat(words(log.getData())).containsExactly(BigInteger.valueOf(250));
		assertThat(token.balanceOf(this.alice.address())).isEqualTo(750);
		assertThat(token.balanceOf(this.bob.address())).isEqualTo(250);
	}

	@Test
	void burnsOfEachStandardAreTransfersToTheZeroAddress() {
		Erc20Token erc20 = Erc20Token.deploy(this.anvil, "Burnt USD", "BUSD", 6);
		erc20.mint(this.alice.address(), BigInteger.valueOf(100)).receipt();
		long erc20Burn = erc20.burn(this.alice, BigInteger.valueOf(40)).blockNumber();
		assertThat(onlyLog(erc20Burn, erc20.address()).getTopics()).containsExactly(TokenEvents.TRANSFER,
				topic(this.alice), Numeric.toHexStringWithPrefixZeroPadded(BigInteger.ZERO, 64));
		assertThat(erc20.balanceOf(this.alice.address())).isEqualTo(60);

		Erc721Token erc721 = Erc721Token.deploy(this.anvil, "Burnt Kitties", "BK");
		erc721.mint(this.alice.address(), BigInteger.valueOf(3)).receipt();
		long erc721Burn = erc721.burn(this.alice, BigInteger.valueOf(3)).blockNumber();
		assertThat(onlyLog(erc721Burn, erc721.address()).getTopics()).containsExactly(TokenEvents.TRANSFER,
				topic(this.alice), Numeric.toHexStringWithPrefixZeroPadded(BigInteger.ZERO, 64), word(3));
		assertThat(erc721.balanceOf(this.alice.address())).isZero();

		Erc1155Token erc1155 = Erc1155Token.deploy(this.anvil, "https://example.org/{id}.json");
		erc1155.mint(this.alice.address(), BigInteger.TWO, BigInteger.valueOf(10)).receipt();
		long erc1155Burn = erc1155.burn(this.alice, BigInteger.TWO, BigInteger.valueOf(7)).blockNumber();
		assertThat(onlyLog(erc1155Burn, erc1155.address()).getTopics()).hasSize(4)
			.endsWith(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.ZERO, 64));
		assertThat(erc1155.balanceOf(this.alice.address(), BigInteger.TWO)).isEqualTo(3);
	}

	@Test
	void erc721MintAndTransferLogsHaveFourTopicsAndNoData() {
		Erc721Token token = Erc721Token.deploy(this.anvil, "Test Kitties", "TK");
		long mintBlock = token.mint(this.alice.address(), BigInteger.valueOf(7)).blockNumber();
		long transferBlock = token.transferFrom(this.alice, this.bob.address(), BigInteger.valueOf(7)).blockNumber();

		Log mint = onlyLog(mintBlock, token.address());
		assertThat(mint.getTopics()).containsExactly(TokenEvents.TRANSFER,
				Numeric.toHexStringWithPrefixZeroPadded(BigInteger.ZERO, 64), topic(this.alice), word(7));
		assertThat(mint.getData()).isEqualTo("0x");
		Log transfer = onlyLog(transferBlock, token.address());
		assertThat(transfer.getTopics()).containsExactly(TokenEvents.TRANSFER, topic(this.alice), topic(this.bob),
				word(7));
		assertThat(transfer.getData()).isEqualTo("0x");
		assertThat(token.ownerOf(BigInteger.valueOf(7))).isEqualToIgnoringCase(this.bob.address());
		assertThat(token.balanceOf(this.alice.address())).isZero();
		assertThat(token.balanceOf(this.bob.address())).isEqualTo(1);
	}

	@Test
	void erc1155SingleAndBatchTransfersEmitTransferSingleAndTransferBatch() {
		Erc1155Token token = Erc1155Token.deploy(this.anvil, "https://example.org/{id}.json");
		token.mint(this.alice.address(), BigInteger.ONE, BigInteger.valueOf(10)).receipt();
		token.mintBatch(this.alice.address(), ids(2, 3), ids(5, 6)).receipt();
		long single = token.safeTransferFrom(this.alice, this.bob.address(), BigInteger.ONE, BigInteger.valueOf(4))
			.blockNumber();
		long batch = token.safeBatchTransferFrom(this.alice, this.bob.address(), ids(2, 3), ids(1, 2)).blockNumber();

		Log singleLog = onlyLog(single, token.address());
		assertThat(singleLog.getTopics()).containsExactly(TokenEvents.TRANSFER_SINGLE, topic(this.alice),
				topic(this.alice), topic(this.bob));
		assertThat(words(singleLog.getData())).containsExactly(BigInteger.ONE, BigInteger.valueOf(4));

		Log batchLog = onlyLog(batch, token.address());
		assertThat(batchLog.getTopics()).containsExactly(TokenEvents.TRANSFER_BATCH, topic(this.alice),
				topic(this.alice), topic(this.bob));
		@SuppressWarnings({ "rawtypes", "unchecked" })
		List<Type> arrays = FunctionReturnDecoder.decode(batchLog.getData(),
				List.of((TypeReference) new TypeReference<DynamicArray<Uint256>>() {
				}, (TypeReference) new TypeReference<DynamicArray<Uint256>>() {
				}));
		assertThat(values(arrays.get(0))).containsExactly(BigInteger.valueOf(2), BigInteger.valueOf(3));
		assertThat(values(arrays.get(1))).containsExactly(BigInteger.valueOf(1), BigInteger.valueOf(2));

		assertThat(token.balanceOf(this.alice.address(), BigInteger.ONE)).isEqualTo(6);
		assertThat(token.balanceOf(this.bob.address(), BigInteger.ONE)).isEqualTo(4);
		assertThat(token.balanceOf(this.alice.address(), BigInteger.valueOf(3))).isEqualTo(4);
		assertThat(token.balanceOf(this.bob.address(), BigInteger.valueOf(3))).isEqualTo(2);
	}

	@Test
	void legacyTransferLogHasOneTopicAndThreeDataWords() {
		LegacyToken token = LegacyToken.deploy(this.anvil);
		token.mint(this.alice.address(), BigInteger.valueOf(42)).receipt();
		long block = token.transfer(this.alice, this.bob.address(), BigInteger.valueOf(42)).blockNumber();

		Log log = onlyLog(block, token.address());
		assertThat(log.getTopics()).containsExactly(TokenEvents.TRANSFER);
		assertThat(words(log.getData())).containsExactly(Numeric.toBigInt(this.alice.address()),
				Numeric.toBigInt(this.bob.address()), BigInteger.valueOf(42));
		assertThat(token.ownerOf(BigInteger.valueOf(42))).isEqualToIgnoringCase(this.bob.address());
		assertThat(token.balanceOf(this.alice.address())).isZero();
		assertThat(token.balanceOf(this.bob.address())).isEqualTo(1);
		assertThat(token.ownerOf(BigInteger.valueOf(43))).isEqualTo(ZERO);
	}

	private Log onlyLog(long block, String contract) {
		List<Log> logs = this.anvil.chain().logs(block, block, contract);
		assertThat(logs).hasSize(1);
		assertThat(logs.get(0).getAddress()).isEqualToIgnoringCase(contract);
		assertThat(logs.get(0).getBlockNumber()).isEqualTo(block);
		return logs.get(0);
	}

	static String topic(DevAccount account) {
		return Numeric.toHexStringWithPrefixZeroPadded(Numeric.toBigInt(account.address()), 64);
	}

	private static String word(long value) {
		return Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(value), 64);
	}

	static List<BigInteger> words(String data) {
		String hex = Numeric.cleanHexPrefix(data);
		assertThat(hex.length() % 64).isZero();
		return IntStream.range(0, hex.length() / 64)
			.mapToObj((i) -> new BigInteger(hex.substring(i * 64, (i + 1) * 64), 16))
			.toList();
	}

	private static List<BigInteger> ids(long... values) {
		return Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<BigInteger> values(Type<?> array) {
		return ((List<Uint256>) array.getValue()).stream().map(Uint256::getValue).toList();
	}

}
