package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Reads and steers one anvil chain through web3j: blocks and logs, mining
 * ({@code anvil_mine}, {@code evm_mine}, {@code evm_setAutomine}), snapshots
 * ({@code evm_snapshot}/{@code evm_revert}) and reorganisations ({@code anvil_reorg}).
 */
public final class Chain {

	private static final Duration RECEIPT_POLL = Duration.ofMillis(20);

	private final Web3jService service;

	private final Web3j web3j;

	private final long chainId;

	Chain(Web3jService service, Web3j web3j, long chainId) {
		this.service = service;
		this.web3j = web3j;
		this.chainId = chainId;
	}

	/**
	 * Returns the chain id.
	 * @return the chain id
	 */
	public long chainId() {
		return this.chainId;
	}

	/**
	 * Returns the number of the latest block.
	 * @return the head's block number
	 */
	public long blockNumber() {
		return JsonRpc.send(this.web3j.ethBlockNumber()).getBlockNumber().longValueExact();
	}

	/**
	 * Returns a block of the canonical chain, with transaction hashes.
	 * @param number the block number
	 * @return the block
	 */
	public EthBlock.Block block(long number) {
		EthBlock.Block block = JsonRpc
			.send(this.web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false))
			.getBlock();
		if (block == null) {
			throw new IllegalArgumentException("No block " + number + "; the head is " + blockNumber());
		}
		return block;
	}

	/**
	 * Returns the hash of a block of the canonical chain.
	 * @param number the block number
	 * @return the block hash
	 */
	public String blockHash(long number) {
		return block(number).getHash();
	}

	/**
	 * Returns the logs of the canonical chain in a block range, as {@code eth_getLogs}
	 * answers.
	 * @param fromBlock the first block, inclusive
	 * @param toBlock the last block, inclusive
	 * @param addresses the emitting contracts; none for all
	 * @return the logs, in chain order
	 */
	public List<Log> logs(long fromBlock, long toBlock, String... addresses) {
		EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(fromBlock)),
				DefaultBlockParameter.valueOf(BigInteger.valueOf(toBlock)), Arrays.asList(addresses));
		return JsonRpc.send(this.web3j.ethGetLogs(filter))
			.getLogs()
			.stream()
			.map((result) -> (Log) ((EthLog.LogObject) result).get())
			.toList();
	}

	/**
	 * Mines blocks at once, whatever the mining mode ({@code anvil_mine}).
	 * @param blocks how many
	 */
	public void mine(int blocks) {
		rpc("anvil_mine", Numeric.toHexStringWithPrefix(BigInteger.valueOf(blocks)));
	}

	/** Mines one block with the pending transactions ({@code evm_mine}). */
	public void evmMine() {
		rpc("evm_mine");
	}

	/**
	 * Turns automine on (each transaction mined in its own block as it arrives, anvil's
	 * default) or off (transactions wait in the pool for {@link #mine(int)} or
	 * {@link #evmMine()}).
	 * @param enabled whether to automine
	 */
	public void setAutomine(boolean enabled) {
		rpc("evm_setAutomine", enabled);
	}

	/**
	 * Records the chain state ({@code evm_snapshot}).
	 * @return the snapshot id for {@link #revert(String)}
	 */
	public String snapshot() {
		return String.valueOf(rpc("evm_snapshot"));
	}

	/**
	 * Rewinds the chain to a snapshot ({@code evm_revert}); blocks mined after it
	 * disappear. A snapshot can be reverted to once.
	 * @param snapshotId the id {@link #snapshot()} returned
	 */
	public void revert(String snapshotId) {
		if (!Boolean.TRUE.equals(rpc("evm_revert", snapshotId))) {
			throw new IllegalStateException("anvil refused to revert to snapshot " + snapshotId);
		}
	}

	/**
	 * Reorganises the chain ({@code anvil_reorg}): the last {@code depth} blocks are
	 * replaced by as many new blocks, so the head keeps its number but those heights get
	 * new hashes. Their transactions are dropped; the replacement transactions, if any,
	 * are mined into the new blocks instead.
	 * @param depth how many blocks to replace, at least 1 and at most the head's number
	 * @param replacements transactions for the new blocks, each with its block index (0
	 * to depth - 1)
	 */
	public void reorg(int depth, ReorgTransaction... replacements) {
		rpc("anvil_reorg", depth, Arrays.stream(replacements).map(ReorgTransaction::toParameter).toList());
	}

	/**
	 * Returns a transaction's receipt if it has been mined.
	 * @param transactionHash the transaction hash
	 * @return the receipt, or empty while the transaction is pending or unknown
	 */
	public Optional<TransactionReceipt> receipt(String transactionHash) {
		return JsonRpc.send(this.web3j.ethGetTransactionReceipt(transactionHash)).getTransactionReceipt();
	}

	/**
	 * Waits for a transaction to be mined.
	 * @param transactionHash the transaction hash
	 * @param timeout how long to wait
	 * @return the receipt
	 */
	public TransactionReceipt awaitReceipt(String transactionHash, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<TransactionReceipt> receipt = receipt(transactionHash);
			if (receipt.isPresent()) {
				return receipt.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Transaction " + transactionHash + " not mined within " + timeout
						+ " (is automine off? then mine a block first)");
			}
			try {
				Thread.sleep(RECEIPT_POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Calls any JSON-RPC method, for what this class does not wrap.
	 * @param method the method, e.g. "anvil_setBalance"
	 * @param params its positional parameters, serialised as JSON
	 * @return the result as JSON-decoded Java values (String, Boolean, Map, List...)
	 */
	public Object rpc(String method, Object... params) {
		RawResponse response = JsonRpc.send(new Request<>(method, List.of(params), this.service, RawResponse.class));
		return response.getResult();
	}

	/** Any JSON-RPC result, decoded to plain Java values. */
	public static final class RawResponse extends Response<Object> {

	}

}
