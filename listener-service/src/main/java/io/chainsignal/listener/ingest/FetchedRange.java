package io.chainsignal.listener.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.listener.chain.Block;
import io.chainsignal.listener.chain.ChainMovedException;
import org.web3j.protocol.core.methods.response.Log;

/**
 * The logs of blocks {@code from..to} and the headers a step needs for them: the blocks
 * with logs, the range's last block, the block before the range, and every block above
 * {@code windowFloor} (the reorg window as it stood when the range was read).
 */
record FetchedRange(long from, long to, long windowFloor, List<Log> logs, Map<Long, Block> blocks) {

	/**
	 * Consecutive ranges as one. Two ranges read at different times both hold the header
	 * of the block between them: if the two differ, the chain moved between the reads.
	 */
	static FetchedRange merge(List<FetchedRange> ranges) {
		if (ranges.size() == 1) {
			return ranges.getFirst();
		}
		List<Log> logs = new ArrayList<>();
		Map<Long, Block> blocks = new HashMap<>();
		long windowFloor = Long.MIN_VALUE;
		for (FetchedRange range : ranges) {
			logs.addAll(range.logs());
			windowFloor = Math.max(windowFloor, range.windowFloor());
			for (Block block : range.blocks().values()) {
				Block seen = blocks.putIfAbsent(block.number(), block);
				if (seen != null && !seen.hash().equals(block.hash())) {
					throw new ChainMovedException("block " + block.number() + " changed between two range reads");
				}
			}
		}
		return new FetchedRange(ranges.getFirst().from(), ranges.getLast().to(), windowFloor, logs, blocks);
	}

}
