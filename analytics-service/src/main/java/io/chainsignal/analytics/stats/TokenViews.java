package io.chainsignal.analytics.stats;

import java.time.Instant;
import java.util.List;

/**
 * JSON views of the token endpoints.
 */
final class TokenViews {

	private TokenViews() {
	}

	/**
	 * Token metadata; each part null when unknown.
	 *
	 * @param standard ERC20, ERC721 or ERC1155
	 * @param symbol the symbol
	 * @param name the name
	 * @param decimals the decimals
	 */
	record Metadata(String standard, String symbol, String name, Integer decimals) {
	}

	/**
	 * One entry of the top-tokens list.
	 *
	 * @param chainId the chain
	 * @param token the token contract
	 * @param metadata the metadata, or null when the token was never described
	 * @param transfers confirmed transfers in the window
	 * @param volume their volume in base units
	 * @param volumeAdjusted the volume divided by 10^decimals, or null
	 */
	record TopToken(long chainId, String token, Metadata metadata, long transfers, String volume,
			String volumeAdjusted) {
	}

	/**
	 * The top-tokens answer.
	 *
	 * @param window the window asked for
	 * @param sort the sort asked for
	 * @param since the start of the oldest bucket included
	 * @param tokens the tokens, best first
	 */
	record TopTokens(String window, String sort, Instant since, List<TopToken> tokens) {
	}

	/**
	 * A token with its all-time totals of confirmed transfers.
	 *
	 * @param chainId the chain
	 * @param token the token contract
	 * @param metadata the metadata
	 * @param transfers confirmed transfers
	 * @param volume their volume
	 * @param volumeAdjusted the adjusted volume, or null
	 * @param holders holders with a positive net flow
	 * @param firstActivity start of the first hour with a confirmed transfer, or null
	 * @param lastActivity start of the last hour with a confirmed transfer, or null
	 */
	record TokenDetail(long chainId, String token, Metadata metadata, long transfers, String volume,
			String volumeAdjusted, long holders, Instant firstActivity, Instant lastActivity) {
	}

	/**
	 * One bucket of a time series; zero when nothing happened.
	 *
	 * @param bucketStart the bucket's start
	 * @param transfers confirmed transfers
	 * @param volume their volume
	 * @param volumeAdjusted the adjusted volume, or null
	 * @param distinctSenders distinct senders (the zero address excluded)
	 * @param distinctReceivers distinct receivers (the zero address excluded)
	 */
	record SeriesPoint(Instant bucketStart, long transfers, String volume, String volumeAdjusted, long distinctSenders,
			long distinctReceivers) {
	}

	/**
	 * A time series.
	 *
	 * @param chainId the chain
	 * @param token the token
	 * @param interval hour or day
	 * @param from the first bucket's start
	 * @param to the end asked for
	 * @param points one per bucket, oldest first
	 */
	record Series(long chainId, String token, String interval, Instant from, Instant to, List<SeriesPoint> points) {
	}

	/**
	 * A holder and its net flow.
	 *
	 * @param holder the address
	 * @param balance net flow in base units
	 * @param balanceAdjusted the adjusted net flow, or null
	 */
	record Holder(String holder, String balance, String balanceAdjusted) {
	}

	/**
	 * Top holders of a token.
	 *
	 * @param chainId the chain
	 * @param token the token
	 * @param holders largest net flow first
	 */
	record Holders(long chainId, String token, List<Holder> holders) {
	}

}
