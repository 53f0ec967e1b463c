package io.chainsignal.testsupport.ethereum;

import java.time.Duration;

import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * A transaction the node accepted into its pool; with automine on (the default) it is
 * already mined.
 *
 * @param hash the transaction hash
 * @param chain the chain it was sent to
 */
public record SentTransaction(String hash, Chain chain) {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Waits until the transaction is mined and checks that it succeeded.
	 * @return the receipt
	 * @throws IllegalStateException if it reverted, or was not mined within 10 s
	 */
	public TransactionReceipt receipt() {
		TransactionReceipt receipt = this.chain.awaitReceipt(this.hash, TIMEOUT);
		if (!receipt.isStatusOK()) {
			throw new IllegalStateException("Transaction " + this.hash + " reverted"
					+ ((receipt.getRevertReason() != null) ? ": " + receipt.getRevertReason() : ""));
		}
		return receipt;
	}

	/**
	 * Returns the block number the transaction was mined in (waits for it).
	 * @return the block number
	 */
	public long blockNumber() {
		return receipt().getBlockNumber().longValueExact();
	}

	@Override
	public String toString() {
		return "SentTransaction[" + this.hash + "]";
	}

}
