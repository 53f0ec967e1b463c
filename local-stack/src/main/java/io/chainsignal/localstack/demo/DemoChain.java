package io.chainsignal.localstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.web3j.utils.Numeric;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.SentTransaction;

/**
 * The chain operations the demo needs on top of test-support's: gas money for its
 * wallets, waiting for blocks, and sending as an address whose key nobody has (an
 * attacker's vanity address), through anvil's impersonation.
 */
final class DemoChain {

	private static final BigInteger GAS_MONEY = BigInteger.TEN.pow(20);

	private static final Duration MINED_TIMEOUT = Duration.ofSeconds(30);

	private final Anvil anvil;

	DemoChain(Anvil anvil) {
		this.anvil = anvil;
	}

	Anvil anvil() {
		return this.anvil;
	}

	/** Gives an address 100 ETH for gas. */
	void fund(String address) {
		this.anvil.chain().rpc("anvil_setBalance", address, Numeric.toHexStringWithPrefix(GAS_MONEY));
	}

	/** Waits until every transaction is mined; a reverted one fails. */
	void mined(List<SentTransaction> transactions) {
		for (SentTransaction transaction : transactions) {
			this.anvil.chain().awaitReceipt(transaction.hash(), MINED_TIMEOUT);
		}
	}

	/** Waits until {@code blocks} more blocks are mined (interval mining). */
	void awaitBlocks(int blocks) {
		long target = this.anvil.chain().blockNumber() + blocks;
		while (this.anvil.chain().blockNumber() < target) {
			Pause.of(Duration.ofMillis(200));
		}
	}

	/**
	 * Sends a contract call as {@code from} without its key ({@code
	 * anvil_impersonateAccount}), and waits until it is mined.
	 * @param from any address
	 * @param to the contract
	 * @param data the call data
	 */
	void sendAs(String from, String to, String data) {
		fund(from);
		this.anvil.chain().rpc("anvil_impersonateAccount", from);
		try {
			// a legacy transaction with an explicit price, as the transactor sends them:
			// without one, anvil's
			// defaults clash with --disable-min-priority-fee
			BigInteger gasPrice = this.anvil.web3j().ethGasPrice().send().getGasPrice().shiftLeft(1);
			String hash = String.valueOf(this.anvil.chain()
				.rpc("eth_sendTransaction", Map.of("from", from, "to", to, "data", data, "gas", "0x30d40", "gasPrice",
						Numeric.toHexStringWithPrefix(gasPrice))));
			this.anvil.chain().awaitReceipt(hash, MINED_TIMEOUT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("anvil does not answer eth_gasPrice", ex);
		}
		finally {
			this.anvil.chain().rpc("anvil_stopImpersonatingAccount", from);
		}
	}

}
