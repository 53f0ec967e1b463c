package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.List;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * A deployed {@code TestERC20} (OpenZeppelin 5 ERC-20 with open minting): its
 * {@code Transfer} logs have 3 topics and 1 data word.
 */
public final class Erc20Token {

	private final Transactor transactor;

	private final String address;

	private Erc20Token(Transactor transactor, String address) {
		this.transactor = transactor;
		this.address = address;
	}

	/**
	 * Deploys a new token from dev account 0.
	 * @param anvil the node
	 * @param name the token name
	 * @param symbol the token symbol
	 * @param decimals the decimals it reports (18 for most, 6 for USDC-like)
	 * @return the deployed token
	 */
	public static Erc20Token deploy(Anvil anvil, String name, String symbol, int decimals) {
		String address = anvil.transactor()
			.deploy(DevAccount.of(0), CompiledContract.load("TestERC20"), new Utf8String(name), new Utf8String(symbol),
					new Uint8(decimals));
		return new Erc20Token(anvil.transactor(), address);
	}

	/**
	 * Wraps a token deployed earlier, e.g. by another test or before a restart.
	 * @param anvil the node it lives on
	 * @param address the contract address
	 * @return the token
	 */
	public static Erc20Token at(Anvil anvil, String address) {
		return new Erc20Token(anvil.transactor(), address);
	}

	/**
	 * Returns the contract address.
	 * @return the address
	 */
	public String address() {
		return this.address;
	}

	/**
	 * Mints tokens (sent by dev account 0; minting is open): a Transfer from the zero
	 * address.
	 * @param to the recipient
	 * @param amount the amount in base units
	 * @return the sent transaction
	 */
	public SentTransaction mint(String to, BigInteger amount) {
		return this.transactor.send(DevAccount.of(0), this.address,
				new Function("mint", List.of(new Address(to), new Uint256(amount)), List.of()));
	}

	/**
	 * Transfers tokens.
	 * @param from the holder, who signs
	 * @param to the recipient
	 * @param amount the amount in base units
	 * @return the sent transaction
	 */
	public SentTransaction transfer(DevAccount from, String to, BigInteger amount) {
		return this.transactor.send(from, this.address, transferData(to, amount));
	}

	/**
	 * Burns tokens of the signer (ERC20Burnable): a Transfer to the zero address.
	 * @param holder the holder, who signs
	 * @param amount the amount in base units
	 * @return the sent transaction
	 */
	public SentTransaction burn(DevAccount holder, BigInteger amount) {
		return this.transactor.send(holder, this.address,
				new Function("burn", List.of(new Uint256(amount)), List.of()));
	}

	/**
	 * Returns a balance.
	 * @param owner the holder
	 * @return the balance in base units at the latest block
	 */
	public BigInteger balanceOf(String owner) {
		return (BigInteger) this.transactor.call(this.address,
				new Function("balanceOf", List.of(new Address(owner)), List.of(new TypeReference<Uint256>() {
				})))
			.get(0)
			.getValue();
	}

	/**
	 * Encodes {@code transfer(to, amount)}, e.g. for a {@link ReorgTransaction}.
	 * @param to the recipient
	 * @param amount the amount in base units
	 * @return the call data
	 */
	public static String transferData(String to, BigInteger amount) {
		return FunctionEncoder
			.encode(new Function("transfer", List.of(new Address(to), new Uint256(amount)), List.of()));
	}

	@Override
	public String toString() {
		return "Erc20Token[" + this.address + "]";
	}

}
