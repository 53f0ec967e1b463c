package io.chainsignal.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.chainsignal.listener.decode.TransferLogDecoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;

/**
 * The raw limit for the listener: how fast the node answers {@code eth_getLogs} for the
 * same blocks and topics, with plain web3j, the same range size and the same parallelism,
 * doing nothing with the answers but count them.
 */
final class RawGetLogs {

	private RawGetLogs() {
	}

	/** Logs per second over blocks {@code from..to}. */
	static double logsPerSecond(Web3j web3j, long from, long to, int range, int parallel) throws Exception {
		try (ExecutorService executor = Executors.newFixedThreadPool(parallel)) {
			long start = System.nanoTime();
			List<CompletableFuture<Integer>> parts = new ArrayList<>();
			for (long first = from; first <= to; first += range) {
				long last = Math.min(to, first + range - 1);
				long partFrom = first;
				parts.add(CompletableFuture.supplyAsync(() -> count(web3j, partFrom, last), executor));
			}
			long logs = 0;
			for (CompletableFuture<Integer> part : parts) {
				logs += part.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return logs / seconds;
		}
	}

	private static int count(Web3j web3j, long from, long to) {
		try {
			EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
					DefaultBlockParameter.valueOf(BigInteger.valueOf(to)), List.of());
			filter.addOptionalTopics(TransferLogDecoder.TOPICS.toArray(String[]::new));
			EthLog answer = web3j.ethGetLogs(filter).send();
			if (answer.hasError()) {
				throw new IllegalStateException(answer.getError().getMessage());
			}
			return answer.getLogs().size();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
