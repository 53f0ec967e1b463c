package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.Optional;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * The three independent tools whose outputs the fixtures hold, and how each one's
 * decoding rules and file format differ from ours: {@link #view} maps one of our
 * transfers to what that tool writes for the same log, or to nothing when the tool does
 * not emit such a row.
 *
 * <p>
 * Our rules, for reference: ERC-20 value = data word, no token id; ERC-721 value = 1,
 * token id = topic3; ERC-1155 (TransferSingle/TransferBatch) value and token id from
 * data, with operator.
 */
enum Source {

	/**
	 * blockchain-etl/ethereum-etl CSV
	 * ({@code token_address, from_address, to_address, value,
	 * transaction_hash, log_index, block_number}). It emits a row when topic0 is Transfer
	 * and topics + data words == 4 and takes value = the 4th of those: for ERC-721 that
	 * is topic3, so its {@code value} is our {@code tokenId}. It ignores ERC-1155
	 * entirely, so our ERC-1155 transfers have no counterpart (tests assert them
	 * separately).
	 */
	ETHEREUM_ETL_CSV,

	/** ethereum-etl JSON Lines: the CSV's fields plus {@code block_hash}; same rules. */
	ETHEREUM_ETL_JSON,

	/**
	 * dex-guru's fork of ethereum-etl, CSV with {@code token_id} and
	 * {@code operator_address} (empty for ERC-20). It decodes ERC-1155 like us (operator,
	 * id, value), but gives ERC-721 transfers value 0 where we say 1 (the token id is in
	 * {@code token_id}, as ours). It skips logs with fewer than 3 topics, so it would
	 * drop the legacy 1-topic shape we read as ERC-20; no fixture has one.
	 */
	DEX_GURU_CSV,

	/**
	 * dex-guru JSON Lines: the CSV's fields plus {@code token_standard} and
	 * {@code block_hash}.
	 */
	DEX_GURU_JSON,

	/**
	 * coinbase/chainstorage's parsed block: per-transaction {@code tokenTransfers} with a
	 * oneof {@code erc20{value}} / {@code erc721{tokenId}} (an ERC-721 entry has no value
	 * at all), plus {@code transactionIndex} and {@code blockHash}. It ignores ERC-1155,
	 * like ethereum-etl. (Its protobuf-JSON omits zero numeric fields; the fixture reader
	 * restores them.)
	 */
	CHAINSTORAGE;

	Optional<TransferView> view(DecodedTransfer t) {
		boolean erc721 = t.standard() == TokenStandard.ERC721;
		boolean erc1155 = t.standard() == TokenStandard.ERC1155;
		return switch (this) {
			case ETHEREUM_ETL_CSV,
					ETHEREUM_ETL_JSON ->
				erc1155 ? Optional.empty()
						: Optional.of(new TransferView(null, t.tokenAddress(), t.fromAddress(), t.toAddress(), null,
								erc721 ? t.tokenId() : t.value(), null, t.transactionHash(), null, t.logIndex(),
								t.blockNumber(), (this == ETHEREUM_ETL_JSON) ? t.blockHash() : null));
			case DEX_GURU_CSV,
					DEX_GURU_JSON ->
				Optional.of(new TransferView((this == DEX_GURU_JSON) ? t.standard() : null, t.tokenAddress(),
						t.fromAddress(), t.toAddress(), t.operatorAddress(), erc721 ? BigInteger.ZERO : t.value(),
						t.tokenId(), t.transactionHash(), null, t.logIndex(), t.blockNumber(),
						(this == DEX_GURU_JSON) ? t.blockHash() : null));
			case CHAINSTORAGE -> erc1155 ? Optional.empty()
					: Optional.of(new TransferView(t.standard(), t.tokenAddress(), t.fromAddress(), t.toAddress(), null,
							erc721 ? null : t.value(), t.tokenId(), t.transactionHash(), t.transactionIndex(),
							t.logIndex(), t.blockNumber(), t.blockHash()));
		};
	}

}
