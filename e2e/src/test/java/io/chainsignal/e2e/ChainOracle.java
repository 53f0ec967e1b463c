package io.chainsignal.e2e;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.Erc1155Token;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.TokenEvents;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/**
 * The truth, read from the node and the contracts themselves: the canonical transfer
 * events of the suite's tokens (from {@code eth_getLogs}, decoded here, not by the
 * listener) and every holder's {@code balanceOf}.
 */
final class ChainOracle {

	static final String ZERO = "0x0000000000000000000000000000000000000000";

	private final Anvil anvil;

	private final List<String> tokens;

	private final String erc1155;

	private final List<BigInteger> erc1155Ids;

	ChainOracle(Anvil anvil, List<String> tokens, String erc1155, List<BigInteger> erc1155Ids) {
		this.anvil = anvil;
		this.tokens = tokens.stream().map((token) -> token.toLowerCase(Locale.ROOT)).toList();
		this.erc1155 = erc1155.toLowerCase(Locale.ROOT);
		this.erc1155Ids = erc1155Ids;
	}

	/**
	 * Every transfer event of the suite's tokens in blocks up to {@code lastBlock} of the
	 * canonical chain: one per Transfer or TransferSingle, one per id of a TransferBatch.
	 */
	List<CanonicalTransfer> transfers(long lastBlock) {
		List<CanonicalTransfer> transfers = new ArrayList<>();
		for (Log log : this.anvil.chain().logs(0, lastBlock, this.tokens.toArray(String[]::new))) {
			List<String> topics = log.getTopics();
			String topic = topics.get(0).toLowerCase(Locale.ROOT);
			String token = log.getAddress().toLowerCase(Locale.ROOT);
			if (topic.equals(TokenEvents.TRANSFER)) {
				transfers.add(transfer(log, token, address(topics.get(1)), address(topics.get(2)), 0));
			}
			else if (topic.equals(TokenEvents.TRANSFER_SINGLE)) {
				transfers.add(transfer(log, token, address(topics.get(2)), address(topics.get(3)), 0));
			}
			else if (topic.equals(TokenEvents.TRANSFER_BATCH)) {
				int ids = batchSize(log.getData());
				for (int i = 0; i < ids; i++) {
					transfers.add(transfer(log, token, address(topics.get(2)), address(topics.get(3)), i));
				}
			}
		}
		return transfers;
	}

	/**
	 * Each holder's balance per token, as its contract reports it: {@code balanceOf} for
	 * ERC-20 and ERC-721 (a count), the sum over the suite's ids for ERC-1155, as the
	 * analytics store counts units across ids.
	 */
	Map<String, Map<String, BigInteger>> balances(Set<String> holders) {
		Map<String, Map<String, BigInteger>> balances = new HashMap<>();
		for (String holder : holders) {
			Map<String, BigInteger> byToken = new HashMap<>();
			for (String token : this.tokens) {
				BigInteger balance = token.equals(this.erc1155)
						? this.erc1155Ids.stream()
							.map((id) -> Erc1155Token.at(this.anvil, token).balanceOf(holder, id))
							.reduce(BigInteger.ZERO, BigInteger::add)
						: Erc20Token.at(this.anvil, token).balanceOf(holder);
				if (balance.signum() != 0) {
					byToken.put(token, balance);
				}
			}
			balances.put(holder, byToken);
		}
		return balances;
	}

	/** Every address that ever sent or received one of the suite's tokens, but zero. */
	static Set<String> holders(List<CanonicalTransfer> transfers) {
		Set<String> holders = new TreeSet<>();
		for (CanonicalTransfer transfer : transfers) {
			holders.add(transfer.from());
			holders.add(transfer.to());
		}
		holders.remove(ZERO);
		return holders;
	}

	private static CanonicalTransfer transfer(Log log, String token, String from, String to, int batchIndex) {
		return new CanonicalTransfer(log.getTransactionHash().toLowerCase(Locale.ROOT),
				log.getLogIndex().intValueExact(), batchIndex, log.getBlockHash().toLowerCase(Locale.ROOT),
				log.getBlockNumber().longValueExact(), token, from, to);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static int batchSize(String data) {
		List<TypeReference<Type>> types = List.of((TypeReference) new TypeReference<DynamicArray<Uint256>>() {
		}, (TypeReference) new TypeReference<DynamicArray<Uint256>>() {
		});
		List<Type> decoded = FunctionReturnDecoder.decode(data, types);
		return ((DynamicArray<?>) decoded.get(0)).getValue().size();
	}

	private static String address(String topic) {
		return "0x" + Numeric.cleanHexPrefix(topic).substring(24).toLowerCase(Locale.ROOT);
	}

	/**
	 * One transfer of the canonical chain.
	 *
	 * @param transactionHash its transaction
	 * @param logIndex its log
	 * @param batchIndex its position in a TransferBatch, else 0
	 * @param blockHash its block
	 * @param blockNumber its block's number
	 * @param token the token contract
	 * @param from the sender (zero for a mint)
	 * @param to the recipient (zero for a burn)
	 */
	record CanonicalTransfer(String transactionHash, int logIndex, int batchIndex, String blockHash, long blockNumber,
			String token, String from, String to) {

		String eventId(long chainId) {
			return chainId + ":" + this.transactionHash + ":" + this.logIndex + ":" + this.batchIndex;
		}

		String placement(long chainId) {
			return eventId(chainId) + "@" + this.blockHash;
		}

	}

}
