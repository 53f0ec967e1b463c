package io.chainsignal.fraud.detectors;

import java.math.BigInteger;

import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;

/**
 * A scored transfer as the detectors and the internal topics see it: only the fields a
 * detector, a reason sentence or an alert reads. It is made once per transfer, from a
 * {@link TokenTransfer} that the contract serde of {@code token-transfers} has already
 * validated, so it carries no validation of its own: re-running the contract's checks at
 * every internal hop cost a third of the decoding time and bought nothing, since internal
 * topics and stores only hold what this application wrote.
 *
 * @param chainId the EIP-155 chain id
 * @param eventId {@code {chain_id}:{transaction_hash}:{log_index}:{batch_index}}
 * @param transactionHash the transaction hash
 * @param blockNumber the block number
 * @param blockTimestamp the block timestamp in Unix seconds
 * @param tokenAddress the token contract
 * @param tokenStandard the token standard
 * @param fromAddress the sender, the zero address for a mint
 * @param toAddress the receiver, the zero address for a burn
 * @param value the amount in base units (1 for ERC-721)
 * @param tokenSymbol the token's symbol when known, or null
 * @param tokenDecimals the token's decimals when known, or null
 * @param txFrom the transaction's sender when known, or null
 */
public record Transfer(long chainId, String eventId, String transactionHash, long blockNumber, long blockTimestamp,
		String tokenAddress, TokenStandard tokenStandard, String fromAddress, String toAddress, BigInteger value,
		String tokenSymbol, Integer tokenDecimals, String txFrom) {

	/**
	 * The fields the detectors read from a validated contract transfer.
	 * @param transfer the transfer from {@code token-transfers}
	 * @return its slim form
	 */
	public static Transfer of(TokenTransfer transfer) {
		return new Transfer(transfer.chainId(), transfer.eventId(), transfer.transactionHash(), transfer.blockNumber(),
				transfer.blockTimestamp(), transfer.tokenAddress(), transfer.tokenStandard(), transfer.fromAddress(),
				transfer.toAddress(), transfer.value(), (transfer.token() != null) ? transfer.token().symbol() : null,
				(transfer.token() != null) ? transfer.token().decimals() : null, transfer.txFrom());
	}

}
