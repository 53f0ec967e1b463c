package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.List;

import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A deployed {@code TransferFirehose}: benchmark load that emits {@code count}
 * ERC-20-shaped {@code Transfer} logs in one transaction, between pseudo-random
 * addresses, without storage writes (about 3,000 gas a log).
 */
public final class TransferFirehose {

	private final Transactor transactor;

	private final String address;

	private TransferFirehose(Transactor transactor, String address) {
		this.transactor = transactor;
		this.address = address;
	}

	/**
	 * Deploys a firehose from dev account 0.
	 * @param anvil the node
	 * @return the deployed contract
	 */
	public static TransferFirehose deploy(Anvil anvil) {
		return new TransferFirehose(anvil.transactor(),
				anvil.transactor().deploy(DevAccount.of(0), CompiledContract.load("TransferFirehose")));
	}

	/**
	 * The contract address.
	 * @return lower-case 0x hex
	 */
	public String address() {
		return this.address;
	}

	/**
	 * Emits {@code count} Transfer logs in one transaction (at most about 6,000 fit the
	 * gas limit).
	 * @param count how many logs
	 * @param seed varies the addresses and values between calls
	 * @return the transaction
	 */
	public SentTransaction emitTransfers(int count, long seed) {
		return this.transactor.send(DevAccount.of(0), this.address, new Function("emitTransfers",
				List.of(new Uint256(BigInteger.valueOf(count)), new Uint256(BigInteger.valueOf(seed))), List.of()));
	}

}
