package io.chainsignal.listener.decode;

import java.math.BigInteger;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * One token movement decoded from one log (or from one position of an ERC-1155 batch
 * log). Addresses and hashes are lower-case {@code 0x} hex; amounts and ids are unsigned
 * 256-bit values.
 *
 * @param tokenAddress the contract that emitted the log
 * @param standard ERC-20, ERC-721 or ERC-1155, as far as the log's shape tells
 * @param fromAddress sender ({@code 0x000…0} for a mint)
 * @param toAddress receiver ({@code 0x000…0} for a burn)
 * @param operatorAddress the ERC-1155 operator; {@code null} for ERC-20 and ERC-721
 * @param value the amount: the ERC-20 amount, always 1 for ERC-721, the ERC-1155 amount
 * @param tokenId the ERC-721 or ERC-1155 token id; {@code null} for ERC-20
 * @param blockNumber block of the log
 * @param blockHash hash of that block
 * @param transactionHash transaction that emitted the log
 * @param transactionIndex position of that transaction in the block
 * @param logIndex position of the log in the block
 * @param batchIndex position inside an ERC-1155 TransferBatch; 0 for every other log
 */
public record DecodedTransfer(String tokenAddress, TokenStandard standard, String fromAddress, String toAddress,
		String operatorAddress, BigInteger value, BigInteger tokenId, long blockNumber, String blockHash,
		String transactionHash, int transactionIndex, int logIndex, int batchIndex) {

}
