package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.List;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A deployed {@code LegacyToken}: a CryptoKitties-style non-fungible token whose
 * {@code Transfer(address,address,uint256)} has no indexed parameters, so its logs carry
 * 1 topic and 3 data words (from, to, tokenId).
 */
public final class LegacyToken {

	private final Transactor transactor;

	private final String address;

	private LegacyToken(Transactor transactor, String address) {
		this.transactor = transactor;
		this.address = address;
	}

	/**
	 * Deploys a new legacy token from dev account 0.
	 * @param anvil the node
	 * @return the deployed token
	 */
	public static LegacyToken deploy(Anvil anvil) {
		String address = anvil.transactor().deploy(DevAccount.of(0), CompiledContract.load("LegacyToken"));
		return new LegacyToken(anvil.transactor(), address);
	}

	/**
	 * Wraps a token deployed earlier, e.g. by another test or before a restart.
	 * @param anvil the node it lives on
	 * @param address the contract address
	 * @return the token
	 */
	public static LegacyToken at(Anvil anvil, String address) {
		return new LegacyToken(anvil.transactor(), address);
	}

	/**
	 * Returns the contract address.
	 * @return the address
	 */
	public String address() {
		return this.address;
	}

	/**
	 * Mints a token (sent by dev account 0; minting is open): a Transfer from the zero
	 * address.
	 * @param to the new owner
	 * @param tokenId the token id, not minted before
	 * @return the sent transaction
	 */
	public SentTransaction mint(String to, BigInteger tokenId) {
		return this.transactor.send(DevAccount.of(0), this.address,
				new Function("mint", List.of(new Address(to), new Uint256(tokenId)), List.of()));
	}

	/**
	 * Transfers a token, signed by its owner.
	 * @param owner the current owner, who signs
	 * @param to the new owner
	 * @param tokenId the token id
	 * @return the sent transaction
	 */
	public SentTransaction transfer(DevAccount owner, String to, BigInteger tokenId) {
		return this.transactor.send(owner, this.address, transferData(to, tokenId));
	}

	/**
	 * Returns how many tokens an account owns.
	 * @param owner the account
	 * @return the count at the latest block
	 */
	public BigInteger balanceOf(String owner) {
		return (BigInteger) this.transactor.call(this.address,
				new Function("balanceOf", List.of(new Address(owner)), List.of(new TypeReference<Uint256>() {
				})))
			.get(0)
			.getValue();
	}

	/**
	 * Returns a token's owner.
	 * @param tokenId the token id
	 * @return the owner's address at the latest block (the zero address if not minted)
	 */
	public String ownerOf(BigInteger tokenId) {
		return this.transactor.call(this.address,
				new Function("ownerOf", List.of(new Uint256(tokenId)), List.of(new TypeReference<Address>() {
				})))
			.get(0)
			.toString();
	}

	/**
	 * Encodes {@code transfer(to, tokenId)}, e.g. for a {@link ReorgTransaction}.
	 * @param to the new owner
	 * @param tokenId the token id
	 * @return the call data
	 */
	public static String transferData(String to, BigInteger tokenId) {
		return FunctionEncoder
			.encode(new Function("transfer", List.of(new Address(to), new Uint256(tokenId)), List.of()));
	}

	@Override
	public String toString() {
		return "LegacyToken[" + this.address + "]";
	}

}
