package io.chainsignal.common.transfer;

/**
 * The token standard whose {@code Transfer}, {@code TransferSingle} or
 * {@code TransferBatch} log produced a transfer.
 */
public enum TokenStandard {

	/** Fungible token: {@code value} is an amount, there is no {@code token_id}. */
	ERC20,

	/** Non-fungible token: {@code token_id} is the token, {@code value} is always 1. */
	ERC721,

	/**
	 * Multi-token: {@code token_id} and {@code value} per item, with an
	 * {@code operator_address}.
	 */
	ERC1155

}
