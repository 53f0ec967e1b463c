package io.chainsignal.common.transfer;

import java.math.BigInteger;

import io.chainsignal.common.json.Fields;

/**
 * The invariants of a {@link TokenTransfer} that span several fields, kept out of the
 * record so that it stays readable.
 */
final class TransferRules {

	private TransferRules() {
	}

	static void schemaVersion(int schemaVersion) {
		if (schemaVersion != TokenTransfer.SCHEMA_VERSION) {
			throw Fields.invalid("schema_version",
					"must be " + TokenTransfer.SCHEMA_VERSION + ", got " + schemaVersion);
		}
	}

	static void placement(long chainId, long blockNumber, String blockHash, long blockTimestamp, String transactionHash,
			int transactionIndex, int logIndex, int batchIndex) {
		if (chainId < 1) {
			throw Fields.invalid("chain_id", "must be a positive EIP-155 chain id, got " + chainId);
		}
		Fields.nonNegative("block_number", blockNumber);
		Fields.hash("block_hash", blockHash);
		Fields.nonNegative("block_timestamp", blockTimestamp);
		Fields.hash("transaction_hash", transactionHash);
		Fields.nonNegative("transaction_index", transactionIndex);
		Fields.nonNegative("log_index", logIndex);
		Fields.nonNegative("batch_index", batchIndex);
	}

	static void eventId(String eventId, long chainId, String transactionHash, int logIndex, int batchIndex) {
		Fields.eventId("event_id", eventId);
		String expected = TokenTransfer.eventId(chainId, transactionHash, logIndex, batchIndex);
		if (!expected.equals(eventId)) {
			throw Fields.invalid("event_id", "must be {chain_id}:{transaction_hash}:{log_index}:{batch_index} = "
					+ expected + ", got " + eventId);
		}
	}

	static void standard(TokenStandard standard, BigInteger value, BigInteger tokenId, String operatorAddress,
			int batchIndex) {
		Fields.required("token_standard", standard);
		Fields.uint256("value", value);
		if (standard == TokenStandard.ERC20) {
			absent("token_id", tokenId, standard);
		}
		else {
			Fields.uint256("token_id", tokenId);
		}
		if (standard == TokenStandard.ERC721 && !BigInteger.ONE.equals(value)) {
			throw Fields.invalid("value", "must be 1 for ERC721, got " + value);
		}
		if (standard == TokenStandard.ERC1155) {
			Fields.address("operator_address", operatorAddress);
		}
		else {
			absent("operator_address", operatorAddress, standard);
			if (batchIndex != 0) {
				throw Fields.invalid("batch_index", "must be 0 for " + standard + ", got " + batchIndex);
			}
		}
	}

	private static void absent(String field, Object value, TokenStandard standard) {
		if (value != null) {
			throw Fields.invalid(field, "must be null for " + standard + ", got " + Fields.echo(value.toString()));
		}
	}

}
