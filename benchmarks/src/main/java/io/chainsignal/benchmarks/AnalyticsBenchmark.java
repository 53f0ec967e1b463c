package io.chainsignal.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * data) per second over the first transfers; the service then loads the rest, and every
 * REST endpoint is timed over the full store.
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
		try (KafkaServer kafka = KafkaServer.start(); PostgresServer postgres = PostgresServer.start()) {
			double raw = RawCopy.rowsPerSecond(postgres.createDatabase("raw_copy"), workload, measured);
			log.info("Raw COPY of {} transfer rows: {} rows/s", measured, Math.round(raw));
			kafka.createTopic(Topics.TOKEN_TRANSFERS, PARTITIONS);
			publish(kafka.bootstrapServers(), workload);
			Database database = postgres.createDatabase("analytics");
			try (ServiceProcess service = ServiceProcess
				.builder("analytics-service", ServiceJars.fromBuild().jar("analytics-service"))
				.jvmArgument(HEAP)
				.property("spring.datasource.url", database.jdbcUrl())
				.property("spring.datasource.username", database.username())
				.property("spring.datasource.password", database.password())
				.property("spring.kafka.bootstrap-servers", kafka.bootstrapServers())
				.property("logging.level.root", "WARN")
				.log(Path.of("target", "services", "analytics-benchmark.log"))
				.build()
				.start()) {
				Progress first = awaitProgress(database, service, 1, Duration.ofMinutes(5));
				Progress atTarget = awaitProgress(database, service, measured, Duration.ofMinutes(30));
				double ingest = (atTarget.events() - first.events()) / ((atTarget.nanos() - first.nanos()) / 1e9);
				log.info("Ingested {} transfers at {} transfers/s", atTarget.events(), Math.round(ingest));
				Progress all = awaitProgress(database, service, loaded, Duration.ofHours(3));
				double overall = (all.events() - first.events()) / ((all.nanos() - first.nanos()) / 1e9);
				service.awaitReady(Duration.ofMinutes(1));
				List<Result> results = new ArrayList<>();
				List<Result> queries = AnalyticsQueryLatency.measure(service.baseUri(), workload, scale);
				long peak = service.peakResidentBytes().orElse(-1L);
				String memory = String.format(Locale.ROOT, "%s, peak resident set %,d MiB", HEAP, peak / (1024 * 1024));
				results.add(new Result("Analytics ingest vs raw COPY", ingest, raw, "transfers/s", 0.5, 0,
						String.format(Locale.ROOT,
								"%,d pre-serialised CONFIRMED transfers (%,d tokens, %,d holders, 150 a block over 30"
										+ " days) on a %d-partition topic of a KRaft broker; the analytics-service"
										+ " exec jar as its own process (%s) at its default configuration, with"
										+ " transfers, balances, hourly and daily rollups and parties maintained; the"
										+ " rate is the committed progress in the store from its first batch to %,d"
										+ " transfers (then %,d transfers at %,.0f/s overall); raw limit: COPY of the"
										+ " same %,d rows into a bare table with a primary key in the same"
										+ " PostgreSQL, %,d rows a COPY.",
								loaded, AnalyticsWorkload.TOKENS, workload.holders(), PARTITIONS, memory, measured,
								loaded, overall, measured, RawCopy.ROWS_PER_COPY)));
				results.addAll(queries);
				return results;
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
