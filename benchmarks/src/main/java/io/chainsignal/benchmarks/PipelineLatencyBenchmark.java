package io.chainsignal.benchmarks;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.localstack.stack.ChainSettings;
import io.chainsignal.localstack.stack.DataDirectory;
import io.chainsignal.localstack.stack.Ports;
import io.chainsignal.localstack.stack.Service;
import io.chainsignal.localstack.stack.Stack;
import io.chainsignal.localstack.stack.StackSettings;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.process.ServiceJars;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * End-to-end latency from a block to the webhook: the whole suite runs as the local stack
 * does (each service its own process), indexing an anvil that mines each transfer into
 * its own block; a watched address's subscription receives {@code transfer.unconfirmed},
 * the earliest event, at a local receiver. Latency runs from the moment the block holding
 * the transfer exists (its receipt is answered) to the webhook's arrival. The raw limit,
 * in the same run, is a plain poller at the listener's interval that sees the same
 * transfers with {@code eth_blockNumber} and {@code eth_getLogs}: the floor any polling
 * reader pays. The run also reports each service's peak resident memory.
 */
final class PipelineLatencyBenchmark {

	private static final Duration POLL = Duration.ofMillis(100);

	private static final Duration PACE = Duration.ofMillis(250);

	private PipelineLatencyBenchmark() {
	}

	static List<Result> run(double scale) throws Exception {
		int transfers = Math.max(20, (int) Math.round(400 * scale));
		Path data = Files.createTempDirectory("pipeline-latency");
		try (Anvil anvil = Anvil.start();
				WebhookSink sink = WebhookSink.start(1);
				Stack stack = Stack.create(new StackSettings(new DataDirectory(data), Ports.free(),
						new ChainSettings(Optional.of(anvil.rpcUrl()), "0", 1, true, Duration.ofSeconds(1)),
						ServiceJars.fromBuild(), StackSettings.LAPTOP_JVM))) {
			stack.startInfrastructure()
				.startServices(
						Map.of(Service.LISTENER, Map.of("chainsignal.listener.poll-interval", POLL.toMillis() + "ms")));
			Erc20Token token = Erc20Token.deploy(anvil, "Latency Dollar", "LUSD", 6);
			DevAccount sender = DevAccount.of(1);
			String watched = DevAccount.of(2).address().toLowerCase(Locale.ROOT);
			token.mint(sender.address(), BigInteger.valueOf(1_000_000_000L)).receipt();
			subscribe(stack, anvil.chainId(), watched, sink);
			Thread.sleep(Duration.ofSeconds(5));

			Map<String, Long> seenByPoller = new ConcurrentHashMap<>();
			Thread poller = Thread.ofVirtual().start(() -> poll(anvil, token.address(), seenByPoller));
			List<String> eventIds = new ArrayList<>();
			Map<String, Long> minedAt = new ConcurrentHashMap<>();
			List<String> hashes = new ArrayList<>();
			for (int i = 0; i < transfers; i++) {
				TransactionReceipt receipt = token.transfer(sender, watched, BigInteger.ONE).receipt();
				long mined = System.nanoTime();
				String eventId = anvil.chainId() + ":" + receipt.getTransactionHash().toLowerCase(Locale.ROOT) + ":"
						+ receipt.getLogs().get(0).getLogIndex() + ":0";
				eventIds.add(eventId);
				minedAt.put(eventId, mined);
				hashes.add(receipt.getTransactionHash().toLowerCase(Locale.ROOT));
				minedAt.put(receipt.getTransactionHash().toLowerCase(Locale.ROOT), mined);
				Thread.sleep(PACE);
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (eventIds.stream().anyMatch((id) -> sink.receivedAt(id) == null) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			poller.interrupt();
			double[] latencies = eventIds.stream()
				.filter((id) -> sink.receivedAt(id) != null)
				.mapToDouble((id) -> (sink.receivedAt(id) - minedAt.get(id)) / 1e6)
				.sorted()
				.toArray();
			double[] raw = hashes.stream()
				.filter(seenByPoller::containsKey)
				.mapToDouble((hash) -> Math.max(0, seenByPoller.get(hash) - minedAt.get(hash)) / 1e6)
				.sorted()
				.toArray();
			if (latencies.length < transfers) {
				throw new IllegalStateException(
						"only " + latencies.length + " of " + transfers + " webhooks arrived within 2 minutes");
			}
			String load = String.format(Locale.ROOT,
					"%d ERC-20 transfers, one block each, 4 a second, to a watched address; the four services as"
							+ " processes of the local stack (-Xmx512m each), listener polling every %d ms with"
							+ " UNCONFIRMED events on; latency from the block's receipt to the webhook's arrival at a"
							+ " local receiver (transfer.unconfirmed, signature verified): p50 %.0f ms, p99 %.0f ms,"
							+ " max %.0f ms; raw limit: a plain poller at the same interval (eth_blockNumber, then"
							+ " eth_getLogs of the new blocks) seeing the same transfers: p50 %.0f ms, p99 %.0f ms.",
					transfers, POLL.toMillis(), quantile(latencies, 0.5), quantile(latencies, 0.99),
					latencies[latencies.length - 1], quantile(raw, 0.5), quantile(raw, 0.99));
			List<Result> results = new ArrayList<>();
			results.add(Result.reported("End-to-end latency p50, block to webhook", quantile(latencies, 0.5),
					quantile(raw, 0.5), "ms", load));
			results.add(Result.reported("End-to-end latency p99, block to webhook", quantile(latencies, 0.99),
					quantile(raw, 0.99), "ms", load));
			for (Service service : Service.values()) {
				long peak = stack.service(service).peakResidentBytes().orElse(0L);
				results.add(Result.reported("Peak memory, " + service.artifactId(), peak / (1024.0 * 1024), 512, "MiB",
						"Peak resident set (VmHWM) of the process after the latency run above, next to its heap limit"
								+ " (-Xmx512m, serial GC, C1 only: the local stack's settings); resident memory adds"
								+ " metaspace, thread stacks, code cache and direct buffers to the heap."));
			}
			return results;
		}
	}

	private static void subscribe(Stack stack, long chainId, String watched, WebhookSink sink) throws Exception {
		String body = "{\"name\":\"latency\",\"chain_id\":" + chainId + ",\"channel\":\"webhook\",\"target\":\""
				+ sink.target(0) + "\",\"filter\":{\"addresses\":[\"" + watched + "\"],\"direction\":\"in\","
				+ "\"event_types\":[\"transfer.unconfirmed\"],\"suppress_suspicious\":false}}";
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create(stack.uri(Service.NOTIFICATION) + "/api/v1/subscriptions"))
					.header("Authorization", "Bearer " + stack.apiKey())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException(
						"subscribing answered " + response.statusCode() + ": " + response.body());
			}
			sink.secret(0, EventJson.mapper().readTree(response.body()).get("secret").asString());
		}
	}

	/** The raw reader: polls the head and reads the new blocks' logs of the token. */
	private static void poll(Anvil anvil, String token, Map<String, Long> seen) {
		long next = anvil.chain().blockNumber() + 1;
		while (!Thread.currentThread().isInterrupted()) {
			try {
				long head = anvil.chain().blockNumber();
				if (head >= next) {
					long now = System.nanoTime();
					anvil.chain()
						.logs(next, head, token)
						.forEach((log) -> seen.putIfAbsent(log.getTransactionHash().toLowerCase(Locale.ROOT), now));
					next = head + 1;
				}
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static double quantile(double[] sorted, double q) {
		return (sorted.length == 0) ? 0 : RawTransferConsume.quantile(sorted, q);
	}

}
