package io.chainsignal.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.listener.ListenerApplication;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.TransferFirehose;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Listener backfill: anvil is loaded with ERC-20-shaped transfers, then the raw
 * {@code eth_getLogs} rate of the same node over the same blocks is measured, then the
 * real listener (defaults, plus a 6-partition topic on a real KRaft broker) backfills the
 * same blocks; the figure is events committed to Kafka per second.
 */
final class ListenerBackfillBenchmark {

	private static final Logger log = LoggerFactory.getLogger(ListenerBackfillBenchmark.class);

	private static final int LOGS_PER_TRANSACTION = 4_000;

	private static final int BLOCKS_BETWEEN = 9;

	private static final int PARALLEL = 4;

	private static final int LOCAL_RANGE = 500;

	/** Ranges of 10 transactions (40,000 logs): several rounds of parallel requests. */
	private static final int REMOTE_RANGE = 100;

	private static final Duration REMOTE_LATENCY = Duration.ofMillis(50);

	private static final long REMOTE_BANDWIDTH = 8_000_000;

	private ListenerBackfillBenchmark() {
	}

	/**
	 * Runs the listener regimes alone and prints their results:
	 * {@code ListenerBackfillBenchmark [scale] [remote]}; {@code remote} skips the local
	 * regime.
	 */
	public static void main(String[] args) throws Exception {
		double scale = (args.length > 0) ? Double.parseDouble(args[0]) : 1.0;
		boolean local = args.length < 2 || !"remote".equals(args[1]);
		for (Result result : run(scale, local)) {
			System.out.printf(java.util.Locale.ROOT, "%s: %,.0f %s, raw %,.0f, ratio %.2f%n", result.name(),
					result.figure(), result.unit(), result.rawLimit(), result.ratio());
		}
	}

	static List<Result> run(double scale) throws Exception {
		return run(scale, true);
	}

	private static List<Result> run(double scale, boolean local) throws Exception {
		int transactions = Math.max(1, (int) Math.round(75 * scale));
		long total = (long) transactions * LOGS_PER_TRANSACTION;
		try (Anvil anvil = Anvil.start(31_999); KafkaServer kafka = KafkaServer.start()) {
			TransferFirehose firehose = TransferFirehose.deploy(anvil);
			for (int i = 0; i < transactions; i++) {
				firehose.emitTransfers(LOGS_PER_TRANSACTION, i).receipt();
				anvil.chain().mine(BLOCKS_BETWEEN);
			}
			anvil.chain().mine(2);
			long finalBlock = anvil.chain().blockNumber() - 2;
			log.info("Loaded {} transfers into {} blocks", total, finalBlock);

			String load = total + " ERC-20 transfers in " + finalBlock + " blocks on anvil; listener at its defaults"
					+ " (token metadata, tx_from/tx_to, Kafka transactions, " + PARALLEL + " parallel ranges)";
			List<Result> results = new ArrayList<>();
			if (local) {
				double raw = 0;
				Web3j node = rawClient(anvil.rpcUrl());
				try {
					for (int pass = 0; pass < 2; pass++) {
						raw = Math.max(raw, RawGetLogs.logsPerSecond(node, 0, finalBlock, LOCAL_RANGE, PARALLEL));
					}
				}
				finally {
					node.shutdown();
				}
				kafka.createTopic("benchmark-raw", 6);
				double rawKafka = RawKafkaProduce.recordsPerSecond(kafka.bootstrapServers(), "benchmark-raw", total,
						sampleEvent());
				double listener = listenerRate(anvil.rpcUrl(), kafka, total, LOCAL_RANGE);
				results.add(new Result("Listener backfill, local node (CPU-bound)", listener, raw, "events/s", 0,
						20_000,
						load + " with " + LOCAL_RANGE
								+ "-block ranges; raw limit: plain web3j eth_getLogs over the same"
								+ " blocks (same ranges and parallelism), logs/s. Node, broker and listener share the"
								+ " same 2 cores here, so this regime is held to the absolute target of the issue (at"
								+ " least 20,000 events/s when the node is not the bottleneck); the ratio is shown for"
								+ " reference."));
				results
					.add(new Result("Listener backfill vs raw Kafka produce", listener, rawKafka, "events/s", 0, 0, load
							+ "; raw limit: the same number of already-serialised transfer records produced to the same"
							+ " broker by one transactional producer configured like the listener's (10,000 records"
							+ " a transaction), records/s. Not an issue target: it shows which raw limit binds."));
			}
			try (RemoteNodeProxy remote = RemoteNodeProxy.start(anvil.rpcUrl(), REMOTE_LATENCY, REMOTE_BANDWIDTH);
					KafkaServer fresh = KafkaServer.start()) {
				double rawRemote = 0;
				Web3j client = rawClient(remote.url());
				try {
					for (int pass = 0; pass < 2; pass++) {
						rawRemote = Math.max(rawRemote,
								RawGetLogs.logsPerSecond(client, 0, finalBlock, REMOTE_RANGE, PARALLEL));
					}
				}
				finally {
					client.shutdown();
				}
				double listenerRemote = listenerRate(remote.url(), fresh, total, REMOTE_RANGE);
				results.add(new Result("Listener backfill, remote node (node-bound)", listenerRemote, rawRemote,
						"events/s", 0.7, 0,
						load + " with " + REMOTE_RANGE + "-block ranges, read through a real HTTP proxy that makes"
								+ " anvil answer like a remote provider (" + remote.describe() + "); raw limit: plain"
								+ " web3j eth_getLogs through the same proxy, same ranges and parallelism, logs/s."
								+ " This is the regime of the issue's 0.7 ratio target: the node is the bottleneck."));
			}
			return List.copyOf(results);
		}
	}

	/**
	 * A plain web3j client for the raw limit, with a read timeout long enough that a
	 * large answer on a busy machine is measured rather than failed (web3j's default is
	 * 10 s; the listener itself retries a timed-out range).
	 */
	private static Web3j rawClient(String url) {
		return Web3j.build(new HttpService(url, new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build()));
	}

	private static double listenerRate(String node, KafkaServer kafka, long total, int range)
			throws InterruptedException {
		List<String> args = new ArrayList<>(List.of("--web3j.client-address=" + node,
				"--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--server.port=0",
				"--chainsignal.listener.start-block=0", "--chainsignal.listener.confirmations=2",
				"--chainsignal.listener.initial-range=" + range, "--chainsignal.listener.max-range=" + range,
				"--chainsignal.listener.poll-interval=100ms", "--logging.level.root=WARN",
				"--logging.level.io.chainsignal=INFO"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ListenerApplication.class)
			.run(args.toArray(String[]::new))) {
			long start = System.nanoTime();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			long deadline = start + Duration.ofMinutes(20).toNanos();
			while (published(meters) < total) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the listener published " + published(meters) + " of " + total);
				}
				Thread.sleep(20);
			}
			return total / ((System.nanoTime() - start) / 1e9);
		}
	}

	private static byte[] sampleEvent() {
		String hash = "0x" + "ab".repeat(32);
		return io.chainsignal.common.json.EventJson.write(new io.chainsignal.common.transfer.TokenTransfer(1,
				io.chainsignal.common.transfer.TokenTransfer.eventId(31_999, hash, 7, 0),
				io.chainsignal.common.transfer.TransferStatus.CONFIRMED, 31_999, 1_000, hash, 1_700_000_000L, hash, 3,
				7, 0, "0x" + "11".repeat(20), io.chainsignal.common.transfer.TokenStandard.ERC20,
				"0x" + "22".repeat(20), "0x" + "33".repeat(20), null, java.math.BigInteger.valueOf(123_456_789), null,
				null, "0x" + "22".repeat(20), "0x" + "11".repeat(20), java.time.Instant.now()));
	}

	private static double published(MeterRegistry meters) {
		return meters.find("chainsignal.listener.events.published")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

}
