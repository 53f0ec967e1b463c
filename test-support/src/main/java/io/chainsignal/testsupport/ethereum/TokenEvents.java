package io.chainsignal.testsupport.ethereum;

import org.web3j.abi.EventEncoder;

/**
 * The topic-0 hashes of the transfer events the test tokens emit, for filtering and
 * asserting on logs.
 */
public final class TokenEvents {

	/**
	 * {@code Transfer(address,address,uint256)}: ERC-20 (3 topics + 1 data word), ERC-721
	 * (4 topics, no data) and legacy tokens (1 topic + 3 data words) share it.
	 */
	public static final String TRANSFER = EventEncoder.buildEventSignature("Transfer(address,address,uint256)");

	/**
	 * ERC-1155 {@code TransferSingle(operator, from, to, id, value)}: 4 topics + 2 data
	 * words.
	 */
	public static final String TRANSFER_SINGLE = EventEncoder
		.buildEventSignature("TransferSingle(address,address,address,uint256,uint256)");

	/**
	 * ERC-1155 {@code TransferBatch(operator, from, to, ids, values)}: 4 topics + two
	 * ABI-encoded arrays.
	 */
	public static final String TRANSFER_BATCH = EventEncoder
		.buildEventSignature("TransferBatch(address,address,address,uint256[],uint256[])");

	private TokenEvents() {
	}

}
