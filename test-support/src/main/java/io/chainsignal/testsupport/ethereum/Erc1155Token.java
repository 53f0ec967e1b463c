package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.List;

import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A deployed {@code TestERC1155} (OpenZeppelin 5 ERC-1155 with open minting): single
 * mints and transfers emit {@code TransferSingle}, batch ones {@code TransferBatch}.
 */
public final class Erc1155Token {

	private static final DynamicBytes NO_DATA = new DynamicBytes(new byte[0]);

	private final Transactor transactor;

	private final String address;

	private Erc1155Token(Transactor transactor, String address) {
		this.transactor = transactor;
		this.address = address;
	}

	/**
	 * Deploys a new multi-token from dev account 0.
	 * @param anvil the node
	 * @param uri the metadata URI template
	 * @return the deployed token
	 */
	public static Erc1155Token deploy(Anvil anvil, String uri) {
		String address = anvil.transactor()
			.deploy(DevAccount.of(0), CompiledContract.load("TestERC1155"), new Utf8String(uri));
		return new Erc1155Token(anvil.transactor(), address);
	}

	/**
	 * Wraps a token deployed earlier, e.g. by another test or before a restart.
	 * @param anvil the node it lives on
	 * @param address the contract address
	 * @return the token
	 */
	public static Erc1155Token at(Anvil anvil, String address) {
		return new Erc1155Token(anvil.transactor(), address);
	}

	/**
	 * Returns the contract address.
	 * @return the address
	 */
	public String address() {
		return this.address;
	}

	/**
	 * Mints one id (sent by dev account 0; minting is open): a TransferSingle from the
	 * zero address.
	 * @param to the recipient, an account (contracts must implement the ERC-1155
	 * receiver)
	 * @param id the token id
	 * @param amount the amount
	 * @return the sent transaction
	 */
	public SentTransaction mint(String to, BigInteger id, BigInteger amount) {
		return this.transactor.send(DevAccount.of(0), this.address, new Function("mint",
				List.of(new Address(to), new Uint256(id), new Uint256(amount), NO_DATA), List.of()));
	}

	/**
	 * Mints several ids at once: one TransferBatch from the zero address.
	 * @param to the recipient
	 * @param ids the token ids
	 * @param amounts the amounts, one per id
	 * @return the sent transaction
	 */
	public SentTransaction mintBatch(String to, List<BigInteger> ids, List<BigInteger> amounts) {
		return this.transactor.send(DevAccount.of(0), this.address,
				new Function("mintBatch", List.of(new Address(to), uints(ids), uints(amounts), NO_DATA), List.of()));
	}

	/**
	 * Transfers one id: a TransferSingle.
	 * @param from the holder, who signs
	 * @param to the recipient
	 * @param id the token id
	 * @param amount the amount
	 * @return the sent transaction
	 */
	public SentTransaction safeTransferFrom(DevAccount from, String to, BigInteger id, BigInteger amount) {
		return this.transactor.send(from, this.address, new Function("safeTransferFrom",
				List.of(new Address(from.address()), new Address(to), new Uint256(id), new Uint256(amount), NO_DATA),
				List.of()));
	}

	/**
	 * Transfers several ids at once: one TransferBatch.
	 * @param from the holder, who signs
	 * @param to the recipient
	 * @param ids the token ids
	 * @param amounts the amounts, one per id
	 * @return the sent transaction
	 */
	public SentTransaction safeBatchTransferFrom(DevAccount from, String to, List<BigInteger> ids,
			List<BigInteger> amounts) {
		return this.transactor.send(from, this.address, new Function("safeBatchTransferFrom",
				List.of(new Address(from.address()), new Address(to), uints(ids), uints(amounts), NO_DATA), List.of()));
	}

	/**
	 * Burns an amount of one id (ERC1155Burnable), signed by the holder: a TransferSingle
	 * to the zero address.
	 * @param holder the holder, who signs
	 * @param id the token id
	 * @param amount the amount
	 * @return the sent transaction
	 */
	public SentTransaction burn(DevAccount holder, BigInteger id, BigInteger amount) {
		return this.transactor.send(holder, this.address, new Function("burn",
				List.of(new Address(holder.address()), new Uint256(id), new Uint256(amount)), List.of()));
	}

	/**
	 * Returns a balance of one id.
	 * @param owner the holder
	 * @param id the token id
	 * @return the balance at the latest block
	 */
	public BigInteger balanceOf(String owner, BigInteger id) {
		return (BigInteger) this.transactor.call(this.address, new Function("balanceOf",
				List.of(new Address(owner), new Uint256(id)), List.of(new TypeReference<Uint256>() {
				})))
			.get(0)
			.getValue();
	}

	@Override
	public String toString() {
		return "Erc1155Token[" + this.address + "]";
	}

	private static DynamicArray<Uint256> uints(List<BigInteger> values) {
		return new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList());
	}

}
