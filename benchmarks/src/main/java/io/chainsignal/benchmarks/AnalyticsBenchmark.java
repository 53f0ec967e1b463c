package io.chainsignal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.postgres.PostgresServer;
import io.chainsignal.testsupport.process.ServiceJars;
import io.chainsignal.testsupport.process.ServiceProcess;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analytics ingest and query latency: the raw {@code COPY} rate of the workload's first
 * transfers into a bare table is measured first; then the whole workload, already
 * serialised, is published to a 6-partition {@code token-transfers} on a real KRaft
 * broker; then the real analytics-service, started from its executable jar as its own
 * process with {@code -Xmx512m} and its default configuration, consumes it into its own
 * database on the same PostgreSQL. The ingest figure is the committed progress in the
 * store (the events the service counted in {@code chain_progress}, committed with the
 * data) per second over the first transfers, with the CPU seconds the service and
 * PostgreSQL spent on them; the service then loads the rest, and every REST endpoint is
 * timed over the full store. Last, the store's rows as they were when the timed transfers
 * were in are loaded by COPY into empty copies of its tables
 * ({@link AnalyticsStoreCeiling}): the ceiling of any ingest design keeping these tables
 * and indexes.
 */
final class AnalyticsBenchmark {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsBenchmark.class);

	static final String HEAP = "-Xmx512m";

	static final int PARTITIONS = 6;

	private AnalyticsBenchmark() {
	}

	/**
	 * Runs this benchmark alone and prints its part of the report:
	 * {@code AnalyticsBenchmark [scale [transfers loaded for the queries]]}; the second
	 * argument, for quick runs while tuning, replaces the documented 10 million a scale.
	 */
	public static void main(String[] args) throws Exception {
		double scale = (args.length > 0) ? Double.parseDouble(args[0]) : 1.0;
		List<Result> results = (args.length > 1) ? run(scale, Long.parseLong(args[1])) : run(scale);
		System.out.println(BenchmarkSuite.markdown(results, scale));
	}

	/**
	 * Runs the benchmark; the queries run over 10 million transfers a scale, except at
	 * the smoke test's tiny scales (below 0.1), where they run over the ingested
	 * transfers only so that the suite stays quick. The notes always say how many were
	 * loaded.
	 */
	static List<Result> run(double scale) throws Exception {
		return run(scale, (scale >= 0.1) ? Math.round(10_000_000 * scale) : 0);
	}

	private static List<Result> run(double scale, long queryLoad) throws Exception {
		long measured = Math.max(2_000, Math.round(1_000_000 * scale));
		long loaded = Math.max(measured, queryLoad);
		AnalyticsWorkload workload = AnalyticsWorkload.of(loaded);
		Path exportDirectory = Files.createTempDirectory("analytics-ceiling");
		List<AnalyticsStoreCeiling.Export> exports;
		List<Result> results = new ArrayList<>();
		try (KafkaServer kafka = KafkaServer.start(); PostgresServer postgres = PostgresServer.start()) {
			double raw = RawCopy.rowsPerSecond(postgres.createDatabase("raw_copy"), workload, measured);
			log.info("Raw COPY of {} transfer rows: {} rows/s", measured, Math.round(raw));
			kafka.createTopic(Topics.TOKEN_TRANSFERS, PARTITIONS);
			publish(kafka.bootstrapServers(), workload);
			Database database = postgres.createDatabase("analytics");
			Map<String, String> overrides = serviceOverrides();
			try (ServiceProcess service = ServiceProcess
				.builder("analytics-service", ServiceJars.fromBuild().jar("analytics-service"))
				.jvmArgument(HEAP)
				.property("spring.datasource.url", database.jdbcUrl())
				.property("spring.datasource.username", database.username())
				.property("spring.datasource.password", database.password())
				.property("spring.kafka.bootstrap-servers", kafka.bootstrapServers())
				.property("logging.level.root", "WARN")
				.properties(overrides)
				.log(Path.of("target", "services", "analytics-benchmark.log"))
				.build()
				.start()) {
				AnalyticsCpu cpu = AnalyticsCpu.of(database);
				Progress first = awaitProgress(database, service, 1, Duration.ofMinutes(5));
				double serviceCpu = AnalyticsCpu.service(service);
				double postgresCpu = cpu.postgres();
				String loadAtFirst = loadAverage();
				Progress atTarget;
				try (AnalyticsWaitSampler waits = AnalyticsWaitSampler.start(database)) {
					atTarget = awaitProgress(database, service, measured, Duration.ofMinutes(30));
					serviceCpu = AnalyticsCpu.service(service) - serviceCpu;
					postgresCpu = cpu.postgres() - postgresCpu;
					log.info("PostgreSQL sessions during the timed ingest: {}", waits.summary());
				}
				String loadAtTarget = loadAverage();
				double seconds = (atTarget.nanos() - first.nanos()) / 1e9;
				long timed = atTarget.events() - first.events();
				double ingest = timed / seconds;
				String cpuNotes = String.format(Locale.ROOT,
						"; CPU over the timed window (%.1f s): service %.1f s (%.0f µs a transfer), PostgreSQL %.1f s"
								+ " (%.0f µs a transfer), together %.0f%% of the 2 cores; load average %s at its"
								+ " start, %s at its end",
						seconds, serviceCpu, serviceCpu * 1e6 / timed, postgresCpu, postgresCpu * 1e6 / timed,
						100 * (serviceCpu + postgresCpu) / (2 * seconds), loadAtFirst, loadAtTarget);
				log.info("Ingested {} transfers at {} transfers/s{}", atTarget.events(), Math.round(ingest), cpuNotes);
				exports = AnalyticsStoreCeiling.export(database, exportDirectory);
				Progress all = awaitProgress(database, service, loaded, Duration.ofHours(3));
				double overall = (all.events() - first.events()) / ((all.nanos() - first.nanos()) / 1e9);
				service.awaitReady(Duration.ofMinutes(1));
				List<Result> queries = AnalyticsQueryLatency.measure(service.baseUri(), workload, scale);
				long peak = service.peakResidentBytes().orElse(-1L);
				String memory = String.format(Locale.ROOT, "%s, peak resident set %,d MiB", HEAP, peak / (1024 * 1024));
				results.add(new Result("Analytics ingest vs raw COPY", ingest, raw, "transfers/s", 0.5, 0,
						String.format(Locale.ROOT,
								"%,d pre-serialised CONFIRMED transfers (%,d tokens, %,d holders, 150 a block over 30"
										+ " days) on a %d-partition topic of a KRaft broker; the analytics-service"
										+ " exec jar as its own process (%s) at its default configuration%s, with"
										+ " transfers, balances, hourly and daily rollups and parties maintained; the"
										+ " rate is the committed progress in the store from its first batch to %,d"
										+ " transfers (then %,d transfers at %,.0f/s overall)%s; raw limit: COPY of the"
										+ " same %,d rows into a bare table with a primary key in the same"
										+ " PostgreSQL, %,d rows a COPY.",
								loaded, AnalyticsWorkload.TOKENS, workload.holders(), PARTITIONS, memory,
								overrides.isEmpty() ? "" : " but " + overrides, measured, loaded, overall, cpuNotes,
								measured, RawCopy.ROWS_PER_COPY)));
				results.addAll(queries);
			}
			results.addAll(1, ceiling(postgres, database, exports, workload, measured, raw));
			return results;
		}
		finally {
			deleteRecursively(exportDirectory);
		}
	}

	/**
	 * The structural ceiling, measured once the service has stopped: the rows its store
	 * held when the timed transfers were in, loaded by COPY into empty copies of its
	 * tables, all of them and the transfers table alone.
	 */
	private static List<Result> ceiling(PostgresServer postgres, Database database,
			List<AnalyticsStoreCeiling.Export> exports, AnalyticsWorkload workload, long measured, double firstRaw)
			throws Exception {
		String load = loadAverage();
		// raw COPY again, right before the ceiling, so that a shared machine's load
		// moves both alike
		AnalyticsCpu cpu = AnalyticsCpu.of(database);
		double rawCpu = cpu.postgres();
		double raw = RawCopy.rowsPerSecond(postgres.createDatabase("raw_copy_again"), workload, measured);
		// its backend has exited: let the postmaster reap it, which adds its CPU time to
		// the postmaster's children's
		Thread.sleep(500);
		rawCpu = cpu.postgres() - rawCpu;
		AnalyticsStoreCeiling.Loads ceiling = AnalyticsStoreCeiling.load(database, exports, cpu);
		List<AnalyticsStoreCeiling.Load> loads = ceiling.tables();
		long transfers = loads.stream().filter((l) -> l.table().equals("transfers")).mapToLong((l) -> l.rows()).sum();
		double all = loads.stream().mapToDouble(AnalyticsStoreCeiling.Load::seconds).sum();
		double transfersOnly = loads.stream()
			.filter((l) -> l.table().equals("transfers"))
			.mapToDouble(AnalyticsStoreCeiling.Load::seconds)
			.sum();
		String rows = AnalyticsStoreCeiling.describe(loads);
		String cpuNotes = String.format(Locale.ROOT,
				"; PostgreSQL CPU: %.0f µs a transfer for the whole store (%.1f s), against %.0f µs a row for the raw"
						+ " COPY (%.1f s, including its CREATE and DROP TABLE)",
				ceiling.postgresCpuSeconds() * 1e6 / transfers, ceiling.postgresCpuSeconds(), rawCpu * 1e6 / measured,
				rawCpu);
		log.info("Store ceiling: {} transfers held; {}; raw COPY again {} rows/s{}; load average {}", transfers, rows,
				Math.round(raw), cpuNotes, load);
		String how = String.format(Locale.ROOT,
				"; read from the service's store in one snapshot when the timed transfers were in, loaded once the"
						+ " service had stopped by COPY into empty copies (LIKE ... INCLUDING ALL, every index) in"
						+ " the same PostgreSQL, %,d rows a COPY each in its own transaction, only the COPY calls"
						+ " timed; no upsert, no conflict, no lock, so no ingest design keeping these tables and"
						+ " indexes can beat it; rate: transfers held / load time; load average %s before the load;"
						+ " raw limit: the raw COPY of the same %,d rows into a bare table with a primary key, measured"
						+ " again right before this load (%,.0f rows/s at the start of the run).",
				RawCopy.ROWS_PER_COPY, load, measured, firstRaw);
		return List.of(
				Result.reported("Analytics store rows by COPY, no service (ceiling)", transfers / all, raw,
						"transfers/s",
						String.format(Locale.ROOT,
								"%,d transfers held, with every row of every table of the store:"
										+ " %s (%.2f s in all)%s",
								transfers, rows, all, cpuNotes) + how),
				Result.reported("Analytics transfers table alone by COPY, its indexes (ceiling)",
						transfers / transfersOnly, raw, "transfers/s",
						String.format(Locale.ROOT,
								"the %,d transfer rows of the snapshot above into an empty copy of `transfers` with its"
										+ " primary key and its two address indexes (by sender, by receiver, each"
										+ " carrying the token), %.2f s",
								transfers, transfersOnly) + how));
	}

	/**
	 * Service settings for experiments, from {@code -Dbenchmark.analytics.<key>=<value>}
	 * (e.g. {@code -Dbenchmark.analytics.spring.kafka.listener.concurrency=1}); none in
	 * the suite.
	 */
	private static Map<String, String> serviceOverrides() {
		Map<String, String> overrides = new java.util.TreeMap<>();
		String prefix = "benchmark.analytics.";
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith(prefix))
			.forEach((name) -> overrides.put(name.substring(prefix.length()), System.getProperty(name)));
		if (!overrides.isEmpty()) {
			log.info("Service settings overridden for this run: {}", overrides);
		}
		return overrides;
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static void publish(String bootstrapServers, AnalyticsWorkload workload) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
				ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
				ProducerConfig.BUFFER_MEMORY_CONFIG, 67_108_864L);
		long start = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			for (long i = 0; i < workload.transfers(); i++) {
				TokenTransfer transfer = workload.transfer(i);
				producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, workload.key(transfer),
						EventJson.write(transfer)));
			}
			producer.flush();
		}
		log.info("Published {} transfers in {} s", workload.transfers(), (System.nanoTime() - start) / 1_000_000_000);
	}

	/** Events the store has committed, read at a moment. */
	private record Progress(long events, long nanos) {
	}

	private static Progress awaitProgress(Database database, ServiceProcess service, long events, Duration timeout)
			throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			while (true) {
				long now = System.nanoTime();
				long committed = committed(statement);
				if (committed >= events) {
					return new Progress(committed, now);
				}
				if (now > deadline || !service.isAlive()) {
					throw new IllegalStateException("analytics-service committed " + committed + " of " + events
							+ " transfers; see " + service.log().toAbsolutePath());
				}
				Thread.sleep(50);
			}
		}
	}

	private static long committed(Statement statement) {
		try (ResultSet rows = statement
			.executeQuery("SELECT coalesce(sum(events_ingested), 0) FROM analytics.chain_progress")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			// the schema is not migrated yet
			return 0;
		}
	}

}
