package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.util.Locale;

import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;

/**
 * The identity and content of one transfer, as the test expects it from what it sent, and
 * as read from an event, so that the two can be compared field by field.
 */
record ExpectedTransfer(String transactionHash, int logIndex, int batchIndex, TokenStandard standard, String token,
		String from, String to, BigInteger value, BigInteger tokenId, String operator) {

	static ExpectedTransfer of(TokenTransfer event) {
		return new ExpectedTransfer(event.transactionHash(), event.logIndex(), event.batchIndex(),
				event.tokenStandard(), event.tokenAddress(), event.fromAddress(), event.toAddress(), event.value(),
				event.tokenId(), event.operatorAddress());
	}

	static String lower(String hex) {
		return (hex != null) ? hex.toLowerCase(Locale.ROOT) : null;
	}

}
