package io.chainsignal.listener.checkpoint;

import java.time.Instant;
import java.util.List;

/**
 * The cursor record of one chain, key {@code {chain_id}} in {@code listener-checkpoints}.
 * The events of window blocks live in separate {@link BlockEvents} records, so that the
 * cursor stays small.
 *
 * @param schemaVersion 1
 * @param chainId the chain
 * @param nextBlock the next block to read
 * @param window the reorg window, oldest first
 * @param updatedAt when it was committed
 */
record Checkpoint(int schemaVersion, long chainId, long nextBlock, List<Entry> window, Instant updatedAt) {

	/**
	 * One window block.
	 *
	 * @param number block number
	 * @param hash block hash
	 * @param parentHash parent hash
	 * @param confirmed whether its events were published as CONFIRMED
	 * @param eventCount how many events its {@link BlockEvents} record holds
	 */
	record Entry(long number, String hash, String parentHash, boolean confirmed, int eventCount) {
	}

}
