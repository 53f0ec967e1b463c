package io.chainsignal.listener.decode;

import java.math.BigInteger;

import io.chainsignal.common.transfer.TokenStandard;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Where a log sits on chain (emitting contract, block, transaction, position), checked
 * and normalised once per log and stamped on every transfer decoded from it.
 */
record LogCoordinates(String tokenAddress, long blockNumber, String blockHash, String transactionHash,
		int transactionIndex, int logIndex) {

	private static final int ADDRESS_BYTES = 20;

	private static final int HASH_BYTES = 32;

	/**
	 * Read the coordinates of a log; a pending log (no block yet) is rejected.
	 * @param log the log as web3j parsed it
	 * @return its coordinates, lower-cased
	 */
	static LogCoordinates of(Log log) {
		return new LogCoordinates(HexWords.lowerHexField(log.getAddress(), ADDRESS_BYTES, "address"),
				quantity(log.getBlockNumberRaw(), Long.MAX_VALUE, "blockNumber"),
				HexWords.lowerHexField(log.getBlockHash(), HASH_BYTES, "blockHash"),
				HexWords.lowerHexField(log.getTransactionHash(), HASH_BYTES, "transactionHash"),
				(int) quantity(log.getTransactionIndexRaw(), Integer.MAX_VALUE, "transactionIndex"),
				(int) quantity(log.getLogIndexRaw(), Integer.MAX_VALUE, "logIndex"));
	}

	DecodedTransfer transfer(TokenStandard standard, String from, String to, String operator, BigInteger value,
			BigInteger tokenId, int batchIndex) {
		return new DecodedTransfer(this.tokenAddress, standard, from, to, operator, value, tokenId, this.blockNumber,
				this.blockHash, this.transactionHash, this.transactionIndex, this.logIndex, batchIndex);
	}

	/**
	 * Parse a JSON-RPC quantity ({@code 0x}-prefixed hex) without going through
	 * BigInteger.
	 */
	private static long quantity(String raw, long max, String what) {
		if (raw == null || raw.length() < 3 || raw.charAt(0) != '0' || (raw.charAt(1) != 'x' && raw.charAt(1) != 'X')) {
			throw new DecodeFailure(what + " is missing or not a hex quantity");
		}
		long value = 0;
		for (int i = 2; i < raw.length(); i++) {
			if ((value >>> 59) != 0) {
				throw new DecodeFailure(what + " is out of range");
			}
			value = (value << 4) | HexWords.nibble(raw.charAt(i));
		}
		if (value > max) {
			throw new DecodeFailure(what + " is out of range");
		}
		return value;
	}

}
