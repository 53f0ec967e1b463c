package io.chainsignal.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.postgres.PostgresServer;
import io.chainsignal.testsupport.process.ServiceJars;
import io.chainsignal.testsupport.process.ServiceProcess;

/**
 * notification-service end to end, as its own process from its executable jar, on a real
 * KRaft broker and PostgreSQL: matching throughput with 100,000 subscriptions, webhook
 * dispatch rate, and latency from Kafka record to webhook received at 500 events/s, each
 * next to the raw limit of the same machine measured in the same run.
 */
final class NotificationBenchmark {

	private static final Logger log = LoggerFactory.getLogger(NotificationBenchmark.class);

	/** Receiver ports: the service limits requests in flight per host and port. */
	private static final int ENDPOINTS = 16;

	/** The service's default {@code webhook.per-endpoint-concurrency}. */
	private static final int PER_ENDPOINT = 4;

	private static final int DISPATCH_SUBSCRIPTIONS = ENDPOINTS * PER_ENDPOINT;

	private static final int LATENCY_SUBSCRIPTIONS = ENDPOINTS;

	private static final int POPULATION_START = DISPATCH_SUBSCRIPTIONS + LATENCY_SUBSCRIPTIONS;

	private static final int LATENCY_RATE = 500;

	private static final long SLICE_SECONDS = 5;

	/** A service using less of a core than this is done with the previous phase. */
	private static final double QUIET_CPU_SHARE = 0.1;

	private static final String HEAP = "-Xmx1g";

	/**
	 * The share of the matching backlog read before the steady-state clock starts: the
	 * service restarts for matching, and its JIT compiles the consuming path meanwhile.
	 */
	private static final double WARM_UP_SHARE = 0.2;

	/** Seconds in a row this JVM's JIT compiler must be quiet to end the warm-up. */
	private static final int WARM_UP_QUIET_SECONDS = 3;

	/** Compilation time in a second under which the JIT compiler counts as quiet. */
	private static final long WARM_UP_QUIET_COMPILE_MILLIS = 50;

	private final KafkaServer kafka;

	private final WebhookSink sink;

	private final ServiceProcess service;

	private final Database database;

	/** The peak resident memory of the service's process before the matching restart. */
	private long earlierPeak = -1;

	/**
	 * Runs only these benchmarks and prints their part of the report:
	 * {@code NotificationBenchmark [scale]}.
	 */
	public static void main(String[] args) throws Exception {
		double scale = (args.length > 0) ? Double.parseDouble(args[0]) : 1.0;
		System.out.println(BenchmarkSuite.markdown(run(scale), scale));
	}

	static List<Result> run(double scale) throws Exception {
		int subscriptions = Math.max(1_000, (int) Math.round(100_000 * scale));
		int matchingEvents = Math.max(5_000, (int) Math.round(500_000 * scale));
		int deliveries = Math.max(500, (int) Math.round(30_000 * scale));
		int latencyEvents = LATENCY_RATE * Math.max(2, (int) Math.round(30 * scale));
		String apiKey = UUID.randomUUID().toString();
		Database database = PostgresServer.shared().createDatabase("notification_benchmark");
		try (KafkaServer kafka = KafkaServer.start(); WebhookSink sink = WebhookSink.start(ENDPOINTS)) {
			kafka.createTopic(Topics.TOKEN_TRANSFERS, 6);
			kafka.createTopic(Topics.FRAUD_ALERTS, 1);
			ServiceProcess.Builder builder = ServiceProcess
				.builder("notification-service", ServiceJars.fromBuild().jar("notification-service"))
				.jvmArgument(HEAP)
				.properties(Map.of("spring.kafka.bootstrap-servers", kafka.bootstrapServers(), "spring.datasource.url",
						database.jdbcUrl(), "spring.datasource.username", database.username(),
						"spring.datasource.password", database.password(), "chainsignal.security.api-keys.benchmark",
						sha256(apiKey), "chainsignal.notification.webhook.allow-private-targets", "true",
						"management.health.mail.enabled", "false", "logging.level.root", "WARN",
						"logging.level.io.chainsignal", "INFO"))
				.log(Path.of("target", "services", "notification-benchmark.log"));
			// for profiling:
			// -Dnotification.benchmark.jvm-option=-XX:StartFlightRecording=filename=notification.jfr
			String option = System.getProperty("notification.benchmark.jvm-option");
			if (option != null) {
				builder.jvmArgument(option);
			}
			try (ServiceProcess service = builder.build()) {
				service.start().awaitReady(Duration.ofMinutes(3));
				NotificationBenchmark run = new NotificationBenchmark(kafka, sink, service, database);
				double created = NotificationSubscriptions.create(service.baseUri(), apiKey, subscriptions,
						NotificationBenchmark::filter, sink);
				log.info("Created {} subscriptions at {} /s", subscriptions, Math.round(created));
				List<Result> results = new ArrayList<>();
				results.add(run.matching(subscriptions, matchingEvents, created));
				results.add(run.dispatch(deliveries));
				results.add(run.latency(latencyEvents));
				String memory = String.format(Locale.ROOT,
						" The service ran with %s; its peak resident memory over the whole run was %,d MiB.", HEAP,
						run.peakResidentBytes() / (1024 * 1024));
				return results.stream().map((r) -> r.withNotes(r.notes() + memory)).toList();
			}
		}
	}

	private NotificationBenchmark(KafkaServer kafka, WebhookSink sink, ServiceProcess service, Database database) {
		this.kafka = kafka;
		this.sink = sink;
		this.service = service;
		this.database = database;
	}

	/**
	 * The filter of subscription number n: the dispatch and latency subscriptions watch
	 * an address each; the population mixes one to three watched addresses (some only
	 * incoming, some ERC-20 only) with one token in five (with a minimum value).
	 */
	static String filter(int n) {
		if (n < DISPATCH_SUBSCRIPTIONS) {
			return "{\"addresses\":[\"" + NotificationTransfers.address('d', n) + "\"]}";
		}
		if (n < POPULATION_START) {
			return "{\"addresses\":[\"" + NotificationTransfers.address('e', n - DISPATCH_SUBSCRIPTIONS) + "\"]}";
		}
		int j = n - POPULATION_START;
		if (j % 5 == 4) {
			return "{\"tokens\":[\"" + NotificationTransfers.address('c', j) + "\"],\"min_value\":\"1000\"}";
		}
		StringBuilder addresses = new StringBuilder();
		for (int m = 0; m <= j % 3; m++) {
			addresses.append((m > 0) ? "," : "")
				.append('"')
				.append(NotificationTransfers.address('a', 4L * j + m))
				.append('"');
		}
		String extra = switch (j % 5) {
			case 1 -> ",\"token_standards\":[\"ERC20\"]";
			case 2 -> ",\"direction\":\"in\"";
			default -> "";
		};
		return "{\"addresses\":[" + addresses + "]" + extra + "}";
	}

	/** Transfers of the matching phase, 1.5% of them matching one subscription each. */
	private record MatchingBacklog(List<byte[]> records, List<String> keys, int matching) {

		static MatchingBacklog of(int count, int population, long firstId) {
			List<byte[]> records = new ArrayList<>(count);
			List<String> keys = new ArrayList<>(count);
			int matching = 0;
			for (int i = 0; i < count; i++) {
				String to = NotificationTransfers.address('b', firstId + i);
				String token = NotificationTransfers.address('9', i % 1_000);
				int j = (int) ((i * 7_919L) % population);
				if (i % 100 == 50) {
					// one event in a hundred goes to an address a subscription watches
					j = (j % 5 == 4) ? j - 1 : j;
					to = NotificationTransfers.address('a', 4L * j);
					matching++;
				}
				else if (i % 200 == 7) {
					// one in two hundred moves a token a subscription watches
					j = j - j % 5 + 4;
					j = (j >= population) ? j - 5 : j;
					token = NotificationTransfers.address('c', j);
					matching++;
				}
				TokenTransfer transfer = NotificationTransfers.transfer(firstId + i,
						NotificationTransfers.address('f', firstId + i), to, token);
				records.add(NotificationTransfers.serialise(transfer));
				keys.add(transfer.eventId());
			}
			return new MatchingBacklog(records, keys, matching);
		}

	}

	/**
	 * Matching throughput, in two passes over backlogs of the same shape. First the
	 * service catches up after a restart: the backlog is produced while it is stopped,
	 * then it starts with a cold JIT. Then the headline figure: the running service reads
	 * a second backlog, produced in one Kafka transaction while it idles, so that a
	 * {@code read_committed} reader sees all of it at once when it commits; the
	 * producer's work never shares the cores with the reading.
	 */
	private Result matching(int subscriptions, int count, double created) throws Exception {
		int population = subscriptions - POPULATION_START;
		MatchingBacklog cold = MatchingBacklog.of(count, population, 0);
		this.sink.resetWindow();
		// The records are produced while the service is stopped, and it reads them as a
		// backlog, as the raw consumer does: producing 500,000 records at full speed on
		// the same two cores as the service measured the producer, not matching (a
		// listener produces at the chain's pace, on its own machine).
		this.earlierPeak = this.service.peakResidentBytes().orElse(-1L);
		this.service.stop();
		long producing = System.nanoTime();
		NotificationTransfers.produce(this.kafka.bootstrapServers(), cold.records(), (i) -> cold.keys().get((int) i));
		double produced = count / ((System.nanoTime() - producing) / 1e9);
		RawTransferConsume.Backlog restarted;
		RawTransferConsume.Backlog warm;
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers()))) {
			GroupProgress progress = new GroupProgress(admin, Topics.NOTIFICATION_GROUP, Topics.TOKEN_TRANSFERS);
			long before = progress.committed();
			long caughtUp = caughtUp(admin);
			this.service.start();
			restarted = readBacklog(progress, before, caughtUp, count);
			log.info(String.format(Locale.ROOT,
					"Matching after the restart: the service read the backlog from %s (first progress) and %s (%.0f%%"
							+ " read) to %s",
					restarted.first().at(), restarted.warm().at(), 100 * WARM_UP_SHARE, restarted.last().at()));
			this.service.awaitReady(Duration.ofMinutes(3));
			awaitVerified(cold.matching(), Duration.ofMinutes(5));

			MatchingBacklog second = MatchingBacklog.of(count, population, count);
			this.sink.resetWindow();
			before = progress.committed();
			NotificationTransfers.produce(this.kafka.bootstrapServers(), second.records(),
					(i) -> second.keys().get((int) i), count);
			warm = readBacklog(progress, before, caughtUp(admin), count);
			log.info(String.format(Locale.ROOT,
					"Matching, running service: it read the second backlog from %s (first progress) to %s",
					warm.first().at(), warm.last().at()));
			awaitVerified(second.matching(), Duration.ofMinutes(5));
		}
		double sinceRestart = cpuSeconds();
		RawTransferConsume.Backlog raw = RawTransferConsume.readBacklog(this.kafka.bootstrapServers(),
				Topics.TOKEN_TRANSFERS, count, WARM_UP_SHARE);
		log.info(String.format(Locale.ROOT,
				"Matching: produced %d records at %.0f /s while the service was stopped. Running service: %.0f /s,"
						+ " %.1f us CPU per event. After the restart: %.0f /s from its first progress, %.1f us CPU per"
						+ " event; %.0f /s and %.1f us per event after the first %.0f%%. Raw consumer: %.0f /s, %.1f"
						+ " us; steady %.0f /s, %.1f us. Service CPU %.1f s since its restart (start-up and index load"
						+ " included)",
				count, produced, warm.rate(), warm.cpuMicros(), restarted.rate(), restarted.cpuMicros(),
				restarted.steadyRate(), restarted.steadyCpuMicros(), 100 * WARM_UP_SHARE, raw.rate(), raw.cpuMicros(),
				raw.steadyRate(), raw.steadyCpuMicros(), sinceRestart));
		return new Result(String.format(Locale.ROOT, "Notification matching, %,d subscriptions", subscriptions),
				warm.rate(), raw.steadyRate(), "events/s", 0, 50_000,
				String.format(Locale.ROOT,
						"notification-service as its own process (executable jar, defaults, listener concurrency 2)"
								+ " on a KRaft broker (token-transfers with 6 partitions) and PostgreSQL 17; %,d webhook"
								+ " subscriptions created through the REST API (%,.0f /s, 16 requests in flight) over"
								+ " %,d watched addresses and %,d tokens. Two backlogs of %,d pre-serialised confirmed"
								+ " ERC-20 transfers, %,d (%.1f%%) of each matching one subscription, all deliveries"
								+ " arrived and verified. The figure is the running service's: it reads the second"
								+ " backlog, produced in one Kafka transaction while it idled, so that it sees all of"
								+ " it at once when the transaction commits (producing at full speed on the same cores"
								+ " while it reads would measure the producer); rate from the committed offsets of"
								+ " group `notification`, from its first progress to the last record, %.1f us of CPU"
								+ " per event, the dispatcher sending the matched deliveries meanwhile included. The"
								+ " first backlog, produced in transactions of 10,000 (as the listener does; %,.0f /s)"
								+ " while the service was stopped, measured it catching up after a restart, with a"
								+ " cold JIT: %,.0f /s from its first progress (%.1f us per event), %,.0f /s after the"
								+ " first %.0f%% (%.1f us per event). Raw limit: a plain read_committed consumer"
								+ " deserialising the same records with the contract's deserializer, one thread,"
								+ " after the first %.0f%% of its records (%,.0f /s from its first poll), %.1f us of"
								+ " CPU per record.",
						subscriptions, created, addressCount(population) + POPULATION_START, population / 5, count,
						cold.matching(), 100.0 * cold.matching() / count, warm.cpuMicros(), produced, restarted.rate(),
						restarted.cpuMicros(), restarted.steadyRate(), 100 * WARM_UP_SHARE, restarted.steadyCpuMicros(),
						100 * WARM_UP_SHARE, raw.rate(), raw.steadyCpuMicros()));
	}

	/**
	 * Times the service reading the backlog from its committed offsets, with its CPU
	 * seconds, every 20 ms.
	 * @param before the group's committed offsets before the restart
	 * @param caughtUp the committed offsets (summed) at which every partition is read
	 * @param count how many records the backlog holds
	 */
	private RawTransferConsume.Backlog readBacklog(GroupProgress progress, long before, long caughtUp, long count)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		RawTransferConsume.Backlog.Point first = null;
		RawTransferConsume.Backlog.Point warm = null;
		while (true) {
			long committed = progress.committed();
			RawTransferConsume.Backlog.Point now = new RawTransferConsume.Backlog.Point(System.nanoTime(),
					committed - before, cpuSeconds());
			first = (first == null && committed > before) ? now : first;
			warm = (warm == null && committed - before >= WARM_UP_SHARE * count) ? now : warm;
			if (committed >= caughtUp) {
				return new RawTransferConsume.Backlog(first, warm, now);
			}
			if (System.nanoTime() > deadline || !this.service.isAlive()) {
				throw new IllegalStateException("group " + Topics.NOTIFICATION_GROUP + " committed " + committed
						+ " offsets of " + caughtUp + "; see " + this.service.log().toAbsolutePath());
			}
			Thread.sleep(20);
		}
	}

	/**
	 * The summed committed offsets of a group that has read all of token-transfers: the
	 * last offset of each partition is a transaction marker, which a consumer may commit
	 * one short of.
	 */
	private static long caughtUp(Admin admin) throws Exception {
		int partitions = admin.describeTopics(List.of(Topics.TOKEN_TRANSFERS))
			.allTopicNames()
			.get()
			.get(Topics.TOKEN_TRANSFERS)
			.partitions()
			.size();
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		for (int p = 0; p < partitions; p++) {
			latest.put(new TopicPartition(Topics.TOKEN_TRANSFERS, p), OffsetSpec.latest());
		}
		long end = 0;
		for (ListOffsetsResult.ListOffsetsResultInfo info : admin.listOffsets(latest).all().get().values()) {
			end += info.offset();
		}
		return end - partitions;
	}

	private Result dispatch(int count) throws Exception {
		List<byte[]> records = new ArrayList<>(count);
		List<String> keys = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			TokenTransfer transfer = NotificationTransfers.transfer(1_000_000_000L + i,
					NotificationTransfers.address('f', 1_000_000_000L + i),
					NotificationTransfers.address('d', i % DISPATCH_SUBSCRIPTIONS),
					NotificationTransfers.address('9', 1));
			records.add(NotificationTransfers.serialise(transfer));
			keys.add(transfer.eventId());
		}
		this.sink.resetWindow();
		double cpuBefore = cpuSeconds();
		NotificationTransfers.produce(this.kafka.bootstrapServers(), records, (i) -> keys.get((int) i));
		awaitVerified(count, Duration.ofMinutes(10));
		double rate = (count - 1) / this.sink.windowSeconds();
		double cpu = cpuSeconds() - cpuBefore;
		log.info("Dispatch: {} deliveries at {} /s; service CPU {} s, {} ms per delivery", count, Math.round(rate),
				String.format(Locale.ROOT, "%.1f", cpu), String.format(Locale.ROOT, "%.3f", 1000 * cpu / count));
		WebhookSink.Sample sample = this.sink.sample();
		this.sink.resetWindow();
		double raw = RawHttpPost.requestsPerSecond(this.sink, sample, count, ENDPOINTS * PER_ENDPOINT);
		return new Result("Notification webhook dispatch", rate, raw, "deliveries/s", 0, 1_000,
				String.format(Locale.ROOT,
						"%,d transfers, each matching one of %d webhook subscriptions spread over %d receiver ports"
								+ " (the service allows %d requests in flight per host and port), produced at once;"
								+ " the receiver is a JDK HttpServer on virtual threads that verifies every"
								+ " signature with its own HMAC code and answers 204. Rate from the first to the last"
								+ " delivery received. Raw limit: a plain JDK HttpClient POSTing one of the signed"
								+ " requests %,d times to the same ports with the same total concurrency (%d). The"
								+ " service used %.1f CPU seconds (%.2f ms per delivery).",
						count, DISPATCH_SUBSCRIPTIONS, ENDPOINTS, PER_ENDPOINT, count, ENDPOINTS * PER_ENDPOINT, cpu,
						1000 * cpu / count));
	}

	/**
	 * The latency's p99 and maximum per slice of the sending time, for the log: a tail at
	 * the start, at intervals or throughout has different causes.
	 */
	private String bySlice(Map<String, Long> sentAt) {
		long first = sentAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
		Map<Long, List<Double>> slices = new TreeMap<>();
		sentAt.forEach((eventId, sent) -> slices
			.computeIfAbsent((sent - first) / (SLICE_SECONDS * 1_000_000_000L), (slice) -> new ArrayList<>())
			.add(latencyMillis(eventId, sent)));
		return slices.values().stream().map((values) -> {
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return String.format(Locale.ROOT, "%.0f/%.0f", RawTransferConsume.quantile(sorted, 0.99),
					sorted[sorted.length - 1]);
		}).collect(Collectors.joining(" "));
	}

	private Result latency(int count) throws Exception {
		// the latency at 500 events/s, not the tail of the dispatch burst before it (the
		// outcomes of its 30,000 deliveries being recorded)
		double quietAfter = awaitQuiet(Duration.ofSeconds(30));
		log.info("Latency: the service was quiet after {} s", String.format(Locale.ROOT, "%.1f", quietAfter));
		// at full scale: at least 10 s, at most 90 s
		int measuredSeconds = count / LATENCY_RATE;
		WarmUp warmUp = warmUp(Math.max(1, measuredSeconds / 3), 3 * measuredSeconds);
		log.info("Latency: warmed up for {} s ({} events, p99 {} ms), quiet {} s after", warmUp.seconds(),
				warmUp.events(), Math.round(warmUp.p99()), String.format(Locale.ROOT, "%.1f", warmUp.quietAfter()));
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		Map<String, Long> sentWall = new ConcurrentHashMap<>();
		this.sink.resetWindow();
		double cpuBefore = cpuSeconds();
		try (KafkaProducer<String, byte[]> producer = NotificationTransfers.immediate(this.kafka.bootstrapServers())) {
			RawTransferConsume.Pacer pacer = new RawTransferConsume.Pacer(LATENCY_RATE);
			for (int i = 0; i < count; i++) {
				pacer.await(i);
				sendLatencyTransfer(producer, 2_000_000_000L + i, sentAt, sentWall);
			}
		}
		awaitVerified(count, Duration.ofMinutes(5));
		double cpu = cpuSeconds() - cpuBefore;
		double[] latencies = sortedLatencies(sentAt);
		this.kafka.createTopic("benchmark-latency", 6);
		double[] raw = RawTransferConsume.latenciesMillis(this.kafka.bootstrapServers(), "benchmark-latency",
				NotificationTransfers
					.serialise(NotificationTransfers.transfer(3_000_000_000L, NotificationTransfers.address('f', 1),
							NotificationTransfers.address('b', 1), NotificationTransfers.address('9', 3))),
				LATENCY_RATE, count);
		double p50 = RawTransferConsume.quantile(latencies, 0.5);
		double p99 = RawTransferConsume.quantile(latencies, 0.99);
		log.info("Latency p99 and max by {} s of sending, in ms (where the tail comes from): {}", SLICE_SECONDS,
				bySlice(sentAt));
		log.info("Latency split at the outbox insert: {}", splitAtTheOutbox(sentAt, sentWall));
		log.info("Latency tail (over p99) sent between {}", tailWindow(sentAt, sentWall, p99));
		double rawP50 = RawTransferConsume.quantile(raw, 0.5);
		double rawP99 = RawTransferConsume.quantile(raw, 0.99);
		log.info("Latency: p50 {} ms, p99 {} ms; service CPU {} s, {} ms per event", Math.round(p50), Math.round(p99),
				String.format(Locale.ROOT, "%.1f", cpu), String.format(Locale.ROOT, "%.3f", 1000 * cpu / count));
		String notes = String.format(Locale.ROOT,
				"Once the service was quiet after the dispatch phase (under 10%% of a core for a second, %.1f s"
						+ " after it), a warm-up at the same rate until this JVM's JIT compiler (it hosts the broker,"
						+ " the producer and the receiver) was quiet: %d s, %,d transfers, their p99 %.1f ms (not"
						+ " counted); then, once the service was quiet again (%.1f s),"
						+ " %,d transfers produced one by one at %d/s (idempotent producer, no linger),"
						+ " each matching one of %d"
						+ " webhook subscriptions on %d receiver ports; latency from just before the send to the"
						+ " receiver's first byte, same clock: p50 %.1f ms, p99 %.1f ms, max %.1f ms. Raw limit:"
						+ " produce-to-consume latency of a plain read_committed consumer at the same rate on the same"
						+ " broker: p50 %.1f ms, p99 %.1f ms. The service used %.1f CPU seconds (%.2f ms per event).",
				quietAfter, warmUp.seconds(), warmUp.events(), warmUp.p99(), warmUp.quietAfter(), count, LATENCY_RATE,
				LATENCY_SUBSCRIPTIONS, ENDPOINTS, p50, p99, latencies[latencies.length - 1], rawP50, rawP99, cpu,
				1000 * cpu / count);
		return Result.atMost("Notification latency p99, Kafka record to webhook received", p99, rawP99, "ms", 200,
				notes);
	}

	/** The latency of each event sent, in ms, sorted. */
	private double[] sortedLatencies(Map<String, Long> sentAt) {
		return sentAt.entrySet()
			.stream()
			.mapToDouble((e) -> latencyMillis(e.getKey(), e.getValue()))
			.sorted()
			.toArray();
	}

	/** From just before an event's send to the receiver's first byte, in ms. */
	private double latencyMillis(String eventId, long sentNanos) {
		return (this.sink.receivedAt(eventId) - sentNanos) / 1e6;
	}

	/**
	 * The wall-clock times of the first and last sends whose latency was over the p99,
	 * for the log: to find the tail in the service's, the broker's and PostgreSQL's logs.
	 */
	private String tailWindow(Map<String, Long> sentAt, Map<String, Long> sentWall, double p99) {
		long[] tail = sentAt.keySet()
			.stream()
			.filter((eventId) -> latencyMillis(eventId, sentAt.get(eventId)) > p99)
			.mapToLong(sentWall::get)
			.sorted()
			.toArray();
		return (tail.length == 0) ? "(none)"
				: Instant.ofEpochMilli(tail[0]) + " and " + Instant.ofEpochMilli(tail[tail.length - 1]);
	}

	/**
	 * Sends at the latency phase's rate, one second at a time, until this JVM's JIT
	 * compiler has been quiet for {@value #WARM_UP_QUIET_SECONDS} seconds in a row, then
	 * waits for every delivery and for the service to be quiet. This JVM hosts the
	 * broker, the producer and the receiver: sending one record at a time runs code paths
	 * that the earlier bulk phases did not, and on a 2-core machine their compilation
	 * took a core for half a minute, which showed in the service's latency tail.
	 */
	private WarmUp warmUp(int minSeconds, int maxSeconds) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		Map<String, Long> sentAt = new HashMap<>();
		Map<String, Long> sentWall = new HashMap<>();
		this.sink.resetWindow();
		int seconds = 0;
		try (KafkaProducer<String, byte[]> producer = NotificationTransfers.immediate(this.kafka.bootstrapServers())) {
			RawTransferConsume.Pacer pacer = new RawTransferConsume.Pacer(LATENCY_RATE);
			long compiled = jit.getTotalCompilationTime();
			int quiet = 0;
			while (seconds < maxSeconds && (seconds < minSeconds || quiet < WARM_UP_QUIET_SECONDS)) {
				for (int j = 0; j < LATENCY_RATE; j++) {
					int i = seconds * LATENCY_RATE + j;
					pacer.await(i);
					sendLatencyTransfer(producer, 4_000_000_000L + i, sentAt, sentWall);
				}
				seconds++;
				long now = jit.getTotalCompilationTime();
				quiet = (now - compiled < WARM_UP_QUIET_COMPILE_MILLIS) ? quiet + 1 : 0;
				compiled = now;
			}
		}
		awaitVerified(sentAt.size(), Duration.ofMinutes(5));
		double[] latencies = sortedLatencies(sentAt);
		double quietAfter = awaitQuiet(Duration.ofSeconds(30));
		return new WarmUp(seconds, sentAt.size(), RawTransferConsume.quantile(latencies, 0.99), quietAfter);
	}

	/**
	 * Sends the latency phase's transfer number {@code n}: it matches one of the latency
	 * subscriptions.
	 */
	private static void sendLatencyTransfer(KafkaProducer<String, byte[]> producer, long n, Map<String, Long> sentAt,
			Map<String, Long> sentWall) {
		TokenTransfer transfer = NotificationTransfers.transfer(n, NotificationTransfers.address('f', n),
				NotificationTransfers.address('e', n % LATENCY_SUBSCRIPTIONS), NotificationTransfers.address('9', 2));
		byte[] value = NotificationTransfers.serialise(transfer);
		sentAt.put(transfer.eventId(), System.nanoTime());
		sentWall.put(transfer.eventId(), System.currentTimeMillis());
		producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, transfer.eventId(), value));
	}

	/** CPU seconds (user and system) the service's current process has used. */
	private double cpuSeconds() {
		long pid = this.service.pid()
			.orElseThrow(() -> new IllegalStateException("notification-service is not running"));
		return ProcessCpu.seconds(pid);
	}

	/** The peak resident memory of the service over the whole run, both processes. */
	private long peakResidentBytes() {
		return Math.max(this.earlierPeak, this.service.peakResidentBytes().orElse(-1L));
	}

	/**
	 * Where the slowest events spent their time, for the log: from the send to the outbox
	 * row's insert (the consumer's poll and transaction; the transaction's start time,
	 * same machine clock) and from there to the receiver (the dispatcher's claim, the
	 * endpoint's lane, the request), the median of each for the slowest 1% and for all.
	 */
	private String splitAtTheOutbox(Map<String, Long> sentAt, Map<String, Long> sentWall) throws SQLException {
		Map<String, Long> inserted = new HashMap<>();
		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement query = connection
					.prepareStatement("select event_id, created_at from delivery where event_id = any(?)")) {
			query.setArray(1, connection.createArrayOf("text", sentAt.keySet().toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					inserted.put(rows.getString(1), rows.getTimestamp(2).getTime());
				}
			}
		}
		List<double[]> splits = sentAt.keySet().stream().filter(inserted::containsKey).map((eventId) -> {
			double total = latencyMillis(eventId, sentAt.get(eventId));
			double toOutbox = inserted.get(eventId) - sentWall.get(eventId);
			return new double[] { total, toOutbox, total - toOutbox };
		}).sorted(Comparator.comparingDouble((double[] split) -> split[0])).toList();
		List<double[]> slowest = splits.subList((int) (splits.size() * 0.99), splits.size());
		return String.format(Locale.ROOT,
				"slowest 1%% (%d events): median %.0f ms to the outbox, %.0f ms from it; all: median %.0f and %.0f ms",
				slowest.size(), median(slowest, 1), median(slowest, 2), median(splits, 1), median(splits, 2));
	}

	/** The latency phase's warm-up: not counted, its figures go in the notes. */
	private record WarmUp(int seconds, int events, double p99, double quietAfter) {
	}

	private static double median(List<double[]> splits, int part) {
		double[] values = splits.stream().mapToDouble((split) -> split[part]).sorted().toArray();
		return (values.length == 0) ? Double.NaN : values[values.length / 2];
	}

	/**
	 * Waits until the service uses under {@value #QUIET_CPU_SHARE} of a core for a whole
	 * second, or the timeout.
	 * @return the seconds waited
	 */
	private double awaitQuiet(Duration timeout) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		double before = cpuSeconds();
		while (System.nanoTime() < deadline) {
			Thread.sleep(1_000);
			double now = cpuSeconds();
			if (now - before < QUIET_CPU_SHARE) {
				break;
			}
			before = now;
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private void awaitVerified(long count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.sink.verified() < count) {
			if (this.sink.rejected() > 0) {
				throw new IllegalStateException(this.sink.rejected() + " webhook requests failed verification");
			}
			if (System.nanoTime() > deadline || !this.service.isAlive()) {
				throw new IllegalStateException("the receiver verified " + this.sink.verified() + " of " + count
						+ " deliveries; see " + this.service.log().toAbsolutePath());
			}
			Thread.sleep(20);
		}
	}

	private static int addressCount(int population) {
		int addresses = 0;
		for (int j = 0; j < population; j++) {
			addresses += (j % 5 == 4) ? 0 : 1 + j % 3;
		}
		return addresses;
	}

	private static String sha256(String key) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
	}

}
