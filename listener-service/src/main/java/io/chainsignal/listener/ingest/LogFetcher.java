package io.chainsignal.listener.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import io.chainsignal.listener.chain.ChainReader;
import io.chainsignal.listener.decode.TransferLogDecoder;
import io.chainsignal.listener.rpc.RangeTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Reads transfer logs over adaptive block ranges: a range the node refuses (too many
 * results, range limit, timeout) is split in halves, and the next range shrinks; ranges
 * that succeed grow again up to {@code max-range}, as long as their answers stay
 * moderate.
 */
class LogFetcher {

	private static final Logger log = LoggerFactory.getLogger(LogFetcher.class);

	/** Above this many logs in one answer, ranges stop growing. */
	static final int COMFORTABLE_RESULT_SIZE = 5_000;

	private static final Duration SINGLE_BLOCK_PAUSE = Duration.ofSeconds(1);

	private final ChainReader chain;

	private final List<String> tokens;

	private final int maxRange;

	private volatile int rangeSize;

	LogFetcher(ChainReader chain, ListenerSettings settings) {
		this.chain = chain;
		this.tokens = settings.tokens();
		this.maxRange = settings.maxRange();
		this.rangeSize = settings.initialRange();
	}

	/** How many blocks the next range should span. */
	int rangeSize() {
		return this.rangeSize;
	}

	/** Every transfer log of blocks {@code from..to}, in the node's order. */
	List<Log> fetch(long from, long to) {
		List<Log> logs = new ArrayList<>();
		boolean split = fetchInto(from, to, logs);
		int span = (int) (to - from + 1);
		if (!split && span >= this.rangeSize && logs.size() < COMFORTABLE_RESULT_SIZE) {
			this.rangeSize = Math.min(this.maxRange, this.rangeSize * 2);
		}
		return logs;
	}

	private boolean fetchInto(long from, long to, List<Log> logs) {
		while (true) {
			try {
				logs.addAll(this.chain.logs(from, to, TransferLogDecoder.TOPICS, this.tokens));
				return false;
			}
			catch (RangeTooLargeException tooLarge) {
				if (from == to) {
					// One block cannot be split: the retrying client already backed off;
					// ask again.
					log.warn("eth_getLogs for the single block {} failed ({}); asking again in {}", from,
							tooLarge.getMessage(), SINGLE_BLOCK_PAUSE);
					pause();
					continue;
				}
				long mid = from + (to - from) / 2;
				this.rangeSize = Math.max(1, (int) Math.min(this.rangeSize, mid - from + 1));
				log.debug("eth_getLogs {}..{} refused ({}); splitting", from, to, tooLarge.getMessage());
				fetchInto(from, mid, logs);
				fetchInto(mid + 1, to, logs);
				return true;
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(SINGLE_BLOCK_PAUSE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted");
		}
	}

}
