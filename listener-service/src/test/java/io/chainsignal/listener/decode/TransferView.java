package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.Comparator;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * One transfer as a fixture source writes it, with {@code null} for every field that
 * source's format does not carry; our decoded transfers are projected to the same view by
 * {@link Source} so that both sides compare field by field.
 */
record TransferView(TokenStandard standard, String token, String from, String to, String operator, BigInteger value,
		BigInteger tokenId, String transactionHash, Integer transactionIndex, int logIndex, long blockNumber,
		String blockHash) {

	/**
	 * Fixture outputs are order-insensitive; both sides are sorted by this before
	 * comparing.
	 */
	static final Comparator<TransferView> ORDER = Comparator.comparing(TransferView::transactionHash)
		.thenComparingInt(TransferView::logIndex)
		.thenComparing(TransferView::tokenId, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(TransferView::value, Comparator.nullsFirst(Comparator.naturalOrder()));

}
