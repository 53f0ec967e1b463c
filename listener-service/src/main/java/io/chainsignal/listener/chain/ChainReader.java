package io.chainsignal.listener.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import io.chainsignal.listener.rpc.RangeTooLargeException;
import io.chainsignal.listener.rpc.RpcClient;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.Transaction;

/**
 * Reads the chain through the retrying {@link RpcClient}: every method returns a
 * complete, consistent answer or keeps retrying; none skips anything.
 */
public class ChainReader {

	/** Blocks asked for in one JSON-RPC batch. */
	static final int BATCH_SIZE = 100;

	private final RpcClient rpc;

	public ChainReader(RpcClient rpc) {
		this.rpc = rpc;
	}

	public long chainId() {
		return this.rpc.send("eth_chainId", (web3j) -> web3j.ethChainId()).getChainId().longValueExact();
	}

	public String networkVersion() {
		return this.rpc.send("net_version", (web3j) -> web3j.netVersion()).getNetVersion();
	}

	public long headNumber() {
		return this.rpc.send("eth_blockNumber", (web3j) -> web3j.ethBlockNumber()).getBlockNumber().longValueExact();
	}

	/**
	 * The number of the {@code safe} or {@code finalized} block, or empty when the node
	 * does not know the tag yet.
	 */
	public OptionalLong taggedNumber(String tag) {
		DefaultBlockParameterName name = DefaultBlockParameterName.fromString(tag.toLowerCase(Locale.ROOT));
		EthBlock.Block block = this.rpc.send("eth_getBlockByNumber", (web3j) -> web3j.ethGetBlockByNumber(name, false))
			.getBlock();
		return (block != null) ? OptionalLong.of(block.getNumber().longValueExact()) : OptionalLong.empty();
	}

	/**
	 * The blocks with these numbers, in batches. {@code withTransactions} adds each
	 * transaction's parties. A block the node does not have yet means the chain moved
	 * under us.
	 */
	public Map<Long, Block> blocks(Collection<Long> numbers, boolean withTransactions) {
		Map<Long, Block> blocks = new HashMap<>();
		List<Long> all = new ArrayList<>(numbers);
		for (int start = 0; start < all.size(); start += BATCH_SIZE) {
			List<Long> chunk = all.subList(start, Math.min(all.size(), start + BATCH_SIZE));
			BatchResponse response = this.rpc.sendBatch("eth_getBlockByNumber", (web3j) -> {
				BatchRequest batch = web3j.newBatch();
				for (long number : chunk) {
					batch.add(web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(number)),
							withTransactions));
				}
				return batch;
			});
			for (Response<?> item : response.getResponses()) {
				EthBlock.Block block = (item instanceof EthBlock ethBlock) ? ethBlock.getBlock() : null;
				if (item.hasError() || block == null) {
					throw new ChainMovedException(
							"a block of " + chunk.getFirst() + ".." + chunk.getLast() + " is not available yet");
				}
				Block converted = convert(block, withTransactions);
				blocks.put(converted.number(), converted);
			}
		}
		return blocks;
	}

	/**
	 * Transfer logs of blocks {@code from..to}, optionally only from the given token
	 * contracts.
	 */
	public List<Log> logs(long from, long to, List<String> topic0s, List<String> tokens) throws RangeTooLargeException {
		EthLog answer = this.rpc.sendRange("eth_getLogs", (web3j) -> {
			EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
					DefaultBlockParameter.valueOf(BigInteger.valueOf(to)), tokens);
			filter.addOptionalTopics(topic0s.toArray(String[]::new));
			return web3j.ethGetLogs(filter);
		});
		List<Log> logs = new ArrayList<>(answer.getLogs().size());
		for (EthLog.LogResult<?> result : answer.getLogs()) {
			if (result.get() instanceof Log log) {
				logs.add(log);
			}
		}
		return logs;
	}

	private static Block convert(EthBlock.Block block, boolean withTransactions) {
		Map<String, TransactionParties> parties = new HashMap<>();
		if (withTransactions) {
			for (EthBlock.TransactionResult<?> result : block.getTransactions()) {
				if (result.get() instanceof Transaction tx) {
					parties.put(lower(tx.getHash()), new TransactionParties(lower(tx.getFrom()), lower(tx.getTo())));
				}
			}
		}
		return new Block(block.getNumber().longValueExact(), lower(block.getHash()), lower(block.getParentHash()),
				block.getTimestamp().longValueExact(), parties);
	}

	private static String lower(String hex) {
		return (hex != null) ? hex.toLowerCase(Locale.ROOT) : null;
	}

}
