package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.List;

import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A deployed {@code TestERC721} (OpenZeppelin 5 ERC-721 with open minting): its
 * {@code Transfer} logs have 4 topics and no data.
 */
public final class Erc721Token {

	private final Transactor transactor;

	private final String address;

	private Erc721Token(Transactor transactor, String address) {
		this.transactor = transactor;
		this.address = address;
	}

	/**
	 * Deploys a new collection from dev account 0.
	 * @param anvil the node
	 * @param name the collection name
	 * @param symbol the collection symbol
	 * @return the deployed collection
	 */
	public static Erc721Token deploy(Anvil anvil, String name, String symbol) {
		String address = anvil.transactor()
			.deploy(DevAccount.of(0), CompiledContract.load("TestERC721"), new Utf8String(name),
					new Utf8String(symbol));
		return new Erc721Token(anvil.transactor(), address);
	}

	/**
	 * Wraps a collection deployed earlier, e.g. by another test or before a restart.
	 * @param anvil the node it lives on
	 * @param address the contract address
	 * @return the collection
	 */
	public static Erc721Token at(Anvil anvil, String address) {
		return new Erc721Token(anvil.transactor(), address);
	}

	/**
	 * Returns the contract address.
	 * @return the address
	 */
	public String address() {
		return this.address;
	}

	/**
	 * Mints a token (sent by dev account 0; minting is open).
	 * @param to the new owner
	 * @param tokenId the token id, not minted before
	 * @return the sent transaction
	 */
	public SentTransaction mint(String to, BigInteger tokenId) {
		return this.transactor.send(DevAccount.of(0), this.address,
				new Function("mint", List.of(new Address(to), new Uint256(tokenId)), List.of()));
	}

	/**
	 * Transfers a token with {@code transferFrom}, signed by its owner.
	 * @param owner the current owner, who signs
	 * @param to the new owner
	 * @param tokenId the token id
	 * @return the sent transaction
	 */
	public SentTransaction transferFrom(DevAccount owner, String to, BigInteger tokenId) {
		return this.transactor.send(owner, this.address, new Function("transferFrom",
				List.of(new Address(owner.address()), new Address(to), new Uint256(tokenId)), List.of()));
	}

	/**
	 * Burns a token (ERC721Burnable), signed by its owner: a Transfer to the zero
	 * address.
	 * @param owner the current owner, who signs
	 * @param tokenId the token id
	 * @return the sent transaction
	 */
	public SentTransaction burn(DevAccount owner, BigInteger tokenId) {
		return this.transactor.send(owner, this.address,
				new Function("burn", List.of(new Uint256(tokenId)), List.of()));
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
	 * @return the owner's address at the latest block
	 */
	public String ownerOf(BigInteger tokenId) {
		return this.transactor.call(this.address,
				new Function("ownerOf", List.of(new Uint256(tokenId)), List.of(new TypeReference<Address>() {
				})))
			.get(0)
			.toString();
	}

	@Override
	public String toString() {
		return "Erc721Token[" + this.address + "]";
	}

}
