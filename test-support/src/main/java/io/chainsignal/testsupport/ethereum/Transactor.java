package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Signs and sends raw transactions from anvil's dev accounts (legacy, EIP-155 signed for
 * the chain id), deploys contracts and makes read-only calls. Gas limits are fixed, not
 * estimated, so that transactions depending on still-pending ones can be queued while
 * automine is off.
 */
public final class Transactor {

	private static final BigInteger CALL_GAS = BigInteger.valueOf(25_000_000);

	private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(8_000_000);

	private static final BigInteger TIP = BigInteger.valueOf(1_000_000_000);

	private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(10);

	private final Web3j web3j;

	private final Chain chain;

	Transactor(Web3j web3j, Chain chain) {
		this.web3j = web3j;
		this.chain = chain;
	}

	/**
	 * Sends a contract call.
	 * @param from the signer
	 * @param to the contract
	 * @param function the function and its arguments
	 * @return the sent transaction
	 */
	public SentTransaction send(DevAccount from, String to, Function function) {
		return send(from, to, FunctionEncoder.encode(function));
	}

	/**
	 * Sends a transaction with call data and no ether.
	 * @param from the signer
	 * @param to the recipient or contract
	 * @param data the call data, hex
	 * @return the sent transaction
	 */
	public SentTransaction send(DevAccount from, String to, String data) {
		return submit(from, (nonce, gasPrice) -> RawTransaction.createTransaction(nonce, gasPrice, CALL_GAS, to,
				BigInteger.ZERO, data));
	}

	/**
	 * Sends ether.
	 * @param from the signer
	 * @param to the recipient
	 * @param wei the amount
	 * @return the sent transaction
	 */
	public SentTransaction sendValue(DevAccount from, String to, BigInteger wei) {
		return submit(from,
				(nonce, gasPrice) -> RawTransaction.createTransaction(nonce, gasPrice, CALL_GAS, to, wei, "0x"));
	}

	/**
	 * Deploys a contract and waits until it is mined (with automine off, mine a block
	 * meanwhile from another thread, or deploy before turning automine off).
	 * @param from the deployer
	 * @param contract the compiled contract
	 * @param constructorArguments the constructor's arguments, as web3j ABI types
	 * @return the new contract's address
	 */
	public String deploy(DevAccount from, CompiledContract contract, Type<?>... constructorArguments) {
		String init = contract.bytecode()
				+ Numeric.cleanHexPrefix(FunctionEncoder.encodeConstructor(Arrays.asList(constructorArguments)));
		SentTransaction sent = submit(from, (nonce, gasPrice) -> RawTransaction.createContractTransaction(nonce,
				gasPrice, DEPLOY_GAS, BigInteger.ZERO, init));
		TransactionReceipt receipt = this.chain.awaitReceipt(sent.hash(), DEPLOY_TIMEOUT);
		if (!receipt.isStatusOK() || receipt.getContractAddress() == null) {
			throw new IllegalStateException("Deploying " + contract.name() + " failed: " + receipt);
		}
		return receipt.getContractAddress();
	}

	/**
	 * Calls a view function on the latest block ({@code eth_call}).
	 * @param to the contract
	 * @param function the function, with its output types
	 * @return the decoded return values
	 */
	@SuppressWarnings("rawtypes")
	public List<Type> call(String to, Function function) {
		String result = JsonRpc
			.send(this.web3j.ethCall(Transaction.createEthCallTransaction(null, to, FunctionEncoder.encode(function)),
					DefaultBlockParameterName.LATEST))
			.getValue();
		return FunctionReturnDecoder.decode(result, function.getOutputParameters());
	}

	private synchronized SentTransaction submit(DevAccount from, UnsignedTransaction unsigned) {
		BigInteger nonce = JsonRpc
			.send(this.web3j.ethGetTransactionCount(from.address(), DefaultBlockParameterName.PENDING))
			.getTransactionCount();
		// Twice the latest base fee, plus a fixed tip, stays above the base fee while
		// automine is off and blocks fill up. Not eth_gasPrice: anvil suggests a tip from
		// the tips just paid, so doubling its suggestion doubles the price with every
		// transaction until the accounts cannot pay for gas.
		BigInteger baseFee = JsonRpc.send(this.web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false))
			.getBlock()
			.getBaseFeePerGas();
		BigInteger gasPrice = baseFee.shiftLeft(1).add(TIP);
		RawTransaction transaction = unsigned.create(nonce, gasPrice);
		byte[] signed = TransactionEncoder.signMessage(transaction, this.chain.chainId(), from.credentials());
		String hash = JsonRpc.send(this.web3j.ethSendRawTransaction(Numeric.toHexString(signed))).getTransactionHash();
		return new SentTransaction(hash, this.chain);
	}

	/** Builds the transaction once nonce and gas price are known. */
	@FunctionalInterface
	private interface UnsignedTransaction {

		RawTransaction create(BigInteger nonce, BigInteger gasPrice);

	}

}
