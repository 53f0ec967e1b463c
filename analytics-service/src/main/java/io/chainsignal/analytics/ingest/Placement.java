package io.chainsignal.analytics.ingest;

import java.math.BigInteger;

import io.chainsignal.common.transfer.TokenTransfer;

/**
 * One applied placement of a transfer event: a row of {@code analytics.transfers},
 * counted when confirmed and shown as pending otherwise.
 *
 * @param eventId the contract's event id
 * @param chainId the chain id
 * @param blockNumber the block number
 * @param blockHash the hash of the block the consumer applied
 * @param blockTimestamp the block timestamp in Unix seconds
 * @param transactionHash the transaction hash
 * @param transactionIndex the transaction's position in the block
 * @param logIndex the log's position in the block
 * @param batchIndex the position inside an ERC-1155 batch
 * @param tokenAddress the token contract
 * @param tokenStandard the token standard name
 * @param fromAddress the sender
 * @param toAddress the receiver
 * @param operatorAddress the ERC-1155 operator, or null
 * @param value the amount in base units
 * @param tokenId the token id, or null
 * @param confirmed true once CONFIRMED, false while UNCONFIRMED
 */
record Placement(String eventId, long chainId, long blockNumber, String blockHash, long blockTimestamp,
		String transactionHash, int transactionIndex, int logIndex, int batchIndex, String tokenAddress,
		String tokenStandard, String fromAddress, String toAddress, String operatorAddress, BigInteger value,
		BigInteger tokenId, boolean confirmed) {

	static Placement of(TokenTransfer event, boolean confirmed) {
		return new Placement(event.eventId(), event.chainId(), event.blockNumber(), event.blockHash(),
				event.blockTimestamp(), event.transactionHash(), event.transactionIndex(), event.logIndex(),
				event.batchIndex(), event.tokenAddress(), event.tokenStandard().name(), event.fromAddress(),
				event.toAddress(), event.operatorAddress(), event.value(), event.tokenId(), confirmed);
	}

	boolean sameState(Placement other) {
		return other != null && this.blockHash.equals(other.blockHash) && this.confirmed == other.confirmed;
	}

}
