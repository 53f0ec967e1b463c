package io.chainsignal.analytics.transfers;

import java.time.Instant;
import java.util.List;

/**
 * JSON views of the transfer and address endpoints.
 */
final class TransferViews {

	private TransferViews() {
	}

	/**
	 * One transfer as applied by the store.
	 *
	 * @param eventId the contract's event id
	 * @param status CONFIRMED (counted) or PENDING (seen UNCONFIRMED, not counted)
	 * @param chainId the chain
	 * @param blockNumber the block number
	 * @param blockHash the block hash
	 * @param blockTime the block timestamp
	 * @param transactionHash the transaction hash
	 * @param logIndex the log index
	 * @param batchIndex the ERC-1155 batch index
	 * @param token the token contract
	 * @param tokenStandard the standard
	 * @param symbol the token's symbol, or null
	 * @param from the sender
	 * @param to the receiver
	 * @param operator the ERC-1155 operator, or null
	 * @param value the amount in base units
	 * @param valueAdjusted the amount divided by 10^decimals, or null
	 * @param tokenId the token id, or null
	 */
	record Transfer(String eventId, String status, long chainId, long blockNumber, String blockHash, Instant blockTime,
			String transactionHash, int logIndex, int batchIndex, String token, String tokenStandard, String symbol,
			String from, String to, String operator, String value, String valueAdjusted, String tokenId) {
	}

	/**
	 * A page of an address's transfers.
	 *
	 * @param chainId the chain
	 * @param address the address
	 * @param transfers newest first
	 * @param nextCursor pass as cursor for the next page; null on the last page
	 */
	record TransferPage(long chainId, String address, List<Transfer> transfers, String nextCursor) {
	}

	/**
	 * The transfers of one transaction.
	 *
	 * @param chainId the chain
	 * @param transactionHash the transaction
	 * @param transfers in log order
	 */
	record TransactionTransfers(long chainId, String transactionHash, List<Transfer> transfers) {
	}

	/**
	 * One token balance of an address.
	 *
	 * @param token the token contract
	 * @param tokenStandard the standard, or null
	 * @param symbol the symbol, or null
	 * @param balance net flow in base units since the first indexed block (may be
	 * negative)
	 * @param balanceAdjusted the adjusted net flow, or null
	 */
	record Balance(String token, String tokenStandard, String symbol, String balance, String balanceAdjusted) {
	}

	/**
	 * The balances of an address.
	 *
	 * @param chainId the chain
	 * @param address the address
	 * @param balances by token address
	 */
	record Balances(long chainId, String address, List<Balance> balances) {
	}

}
