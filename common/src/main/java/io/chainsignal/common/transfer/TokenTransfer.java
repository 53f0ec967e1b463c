package io.chainsignal.common.transfer;

import java.math.BigInteger;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.chainsignal.common.json.Fields;

/**
 * One token transfer as published on {@code token-transfers}, schema version 1, valid by
 * construction: the constructor throws
 * {@link io.chainsignal.common.json.EventValidationException} naming the field that
 * breaks the contract. Field meanings are in {@code docs/events.md}.
 *
 * <p>
 * Primitive components are marked required so that a missing number is an error instead
 * of a silent 0; the constructor rejects null for the required object components.
 *
 * @param schemaVersion always {@value #SCHEMA_VERSION}
 * @param eventId {@code {chain_id}:{transaction_hash}:{log_index}:{batch_index}}, see
 * {@link #eventId(long, String, int, int)}
 * @param status the lifecycle status
 * @param chainId the EIP-155 chain id
 * @param blockNumber the block number
 * @param blockHash the hash of the block holding the log (the placement a REMOVED
 * retracts)
 * @param blockTimestamp the block timestamp in Unix seconds
 * @param transactionHash the transaction hash
 * @param transactionIndex the transaction's position in the block
 * @param logIndex the log's position in the block
 * @param batchIndex the position inside an ERC-1155 {@code TransferBatch}, 0 otherwise
 * @param tokenAddress the contract that emitted the log
 * @param tokenStandard the token standard
 * @param fromAddress the sender, the zero address for a mint
 * @param toAddress the receiver, the zero address for a burn
 * @param operatorAddress the ERC-1155 operator, null for other standards
 * @param value the amount in base units, 0 to 2^256-1; 1 for ERC-721
 * @param tokenId the token id for ERC-721 and ERC-1155, null for ERC-20
 * @param token the token metadata when known, or null
 * @param txFrom the transaction's sender when fetched, or null
 * @param txTo the transaction's target when fetched, or null
 * @param emittedAt when this event was published
 */
public record TokenTransfer(@JsonProperty(required = true) int schemaVersion, String eventId, TransferStatus status,
		@JsonProperty(required = true) long chainId, @JsonProperty(required = true) long blockNumber, String blockHash,
		@JsonProperty(required = true) long blockTimestamp, String transactionHash,
		@JsonProperty(required = true) int transactionIndex, @JsonProperty(required = true) int logIndex,
		@JsonProperty(required = true) int batchIndex, String tokenAddress, TokenStandard tokenStandard,
		String fromAddress, String toAddress, String operatorAddress, BigInteger value, BigInteger tokenId,
		TokenInfo token, String txFrom, String txTo, Instant emittedAt) {

	/** The schema version this record reads and writes. */
	public static final int SCHEMA_VERSION = 1;

	public TokenTransfer {
		TransferRules.schemaVersion(schemaVersion);
		Fields.required("status", status);
		TransferRules.placement(chainId, blockNumber, blockHash, blockTimestamp, transactionHash, transactionIndex,
				logIndex, batchIndex);
		TransferRules.eventId(eventId, chainId, transactionHash, logIndex, batchIndex);
		Fields.address("token_address", tokenAddress);
		Fields.address("from_address", fromAddress);
		Fields.address("to_address", toAddress);
		TransferRules.standard(tokenStandard, value, tokenId, operatorAddress, batchIndex);
		Fields.optionalAddress("tx_from", txFrom);
		Fields.optionalAddress("tx_to", txTo);
		Fields.required("emitted_at", emittedAt);
	}

	/**
	 * The event id of a transfer, stable across its lifecycle.
	 * @param chainId the EIP-155 chain id
	 * @param transactionHash the transaction hash, lower-case 0x hex
	 * @param logIndex the log's position in the block
	 * @param batchIndex the position inside an ERC-1155 {@code TransferBatch}, 0
	 * otherwise
	 * @return {@code {chain_id}:{transaction_hash}:{log_index}:{batch_index}}
	 */
	public static String eventId(long chainId, String transactionHash, int logIndex, int batchIndex) {
		return chainId + ":" + transactionHash + ":" + logIndex + ":" + batchIndex;
	}

	/**
	 * The Kafka record key, which keeps every event of a transaction in one partition, in
	 * order.
	 * @return {@code {chain_id}:{transaction_hash}}
	 */
	public String key() {
		return this.chainId + ":" + this.transactionHash;
	}

	/**
	 * This transfer in another lifecycle status, as the listener publishes it again.
	 * @param status the new status
	 * @param emittedAt when the new event is published
	 * @return a copy with that status and publication time
	 */
	public TokenTransfer withStatus(TransferStatus status, Instant emittedAt) {
		return new TokenTransfer(this.schemaVersion, this.eventId, status, this.chainId, this.blockNumber,
				this.blockHash, this.blockTimestamp, this.transactionHash, this.transactionIndex, this.logIndex,
				this.batchIndex, this.tokenAddress, this.tokenStandard, this.fromAddress, this.toAddress,
				this.operatorAddress, this.value, this.tokenId, this.token, this.txFrom, this.txTo, emittedAt);
	}

	/**
	 * This transfer with token metadata.
	 * @param token the metadata, or null when unknown
	 * @return a copy with that metadata
	 */
	public TokenTransfer withToken(TokenInfo token) {
		return new TokenTransfer(this.schemaVersion, this.eventId, this.status, this.chainId, this.blockNumber,
				this.blockHash, this.blockTimestamp, this.transactionHash, this.transactionIndex, this.logIndex,
				this.batchIndex, this.tokenAddress, this.tokenStandard, this.fromAddress, this.toAddress,
				this.operatorAddress, this.value, this.tokenId, token, this.txFrom, this.txTo, this.emittedAt);
	}

	/**
	 * This transfer with its transaction's sender and target.
	 * @param txFrom the transaction's sender, or null
	 * @param txTo the transaction's target, or null
	 * @return a copy with those addresses
	 */
	public TokenTransfer withTransaction(String txFrom, String txTo) {
		return new TokenTransfer(this.schemaVersion, this.eventId, this.status, this.chainId, this.blockNumber,
				this.blockHash, this.blockTimestamp, this.transactionHash, this.transactionIndex, this.logIndex,
				this.batchIndex, this.tokenAddress, this.tokenStandard, this.fromAddress, this.toAddress,
				this.operatorAddress, this.value, this.tokenId, this.token, txFrom, txTo, this.emittedAt);
	}

}
