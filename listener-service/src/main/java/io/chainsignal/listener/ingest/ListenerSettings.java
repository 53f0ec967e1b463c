package io.chainsignal.listener.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the listener follows and how.
 *
 * @param chainId when set, the node's {@code eth_chainId} must equal it or the listener
 * refuses to start
 * @param tokens token contracts to follow; empty follows every token
 * @param startBlock where a listener with no cursor starts: a block number,
 * {@code latest} or {@code finalized}
 * @param finality the finality policy
 * @param confirmations blocks on top of a block before it is final, with
 * {@code finality=confirmations}
 * @param emitUnconfirmed publish {@code UNCONFIRMED} events as soon as a block is seen
 * @param pollInterval how often the head is polled when the listener has caught up
 * @param websocketAddress a ws:// or wss:// endpoint whose {@code newHeads} subscription
 * wakes the listener at once; empty for polling only
 * @param reorgMargin how many blocks below the final block are kept in the reorg window
 * @param initialRange the first {@code eth_getLogs} range, in blocks
 * @param maxRange the largest {@code eth_getLogs} range
 * @param maxParallelRequests how many {@code eth_getLogs} ranges are read at once during
 * backfill
 * @param fetchTransactions fill {@code tx_from}/{@code tx_to} from the blocks'
 * transactions
 * @param progressInterval how often progress is logged
 */
@ConfigurationProperties("chainsignal.listener")
public record ListenerSettings(Long chainId, @DefaultValue List<String> tokens,
		@DefaultValue("latest") String startBlock, @DefaultValue("confirmations") Finality finality,
		@DefaultValue("12") int confirmations, @DefaultValue("false") boolean emitUnconfirmed,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("") String websocketAddress,
		@DefaultValue("32") int reorgMargin, @DefaultValue("100") int initialRange, @DefaultValue("5000") int maxRange,
		@DefaultValue("4") int maxParallelRequests, @DefaultValue("true") boolean fetchTransactions,
		@DefaultValue("10s") Duration progressInterval) {

	private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");

	private static final Pattern START = Pattern.compile("[0-9]+|latest|finalized");

	public ListenerSettings {
		tokens = tokens.stream().map((token) -> token.trim().toLowerCase(Locale.ROOT)).toList();
		for (String token : tokens) {
			require(ADDRESS.matcher(token).matches(), "tokens: '" + token + "' is not a 0x-prefixed 20-byte address");
		}
		startBlock = startBlock.trim().toLowerCase(Locale.ROOT);
		require(START.matcher(startBlock).matches(),
				"start-block must be a block number, 'latest' or 'finalized', not '" + startBlock + "'");
		require(confirmations >= 0, "confirmations must be 0 or more");
		require(reorgMargin >= 1, "reorg-margin must be at least 1");
		require(initialRange >= 1 && maxRange >= initialRange, "need 1 <= initial-range <= max-range");
		require(pollInterval.isPositive(), "poll-interval must be positive");
		require(websocketAddress.isEmpty() || websocketAddress.startsWith("ws://")
				|| websocketAddress.startsWith("wss://"), "websocket-address must be a ws:// or wss:// URL");
		require(maxParallelRequests >= 1, "max-parallel-requests must be at least 1");
		require(chainId == null || chainId > 0, "chain-id must be positive");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("chainsignal.listener." + message);
		}
	}

}
