package io.chainsignal.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.postgres.PostgresServer;
import io.chainsignal.testsupport.process.ServiceJars;
import io.chainsignal.testsupport.process.ServiceProcess;

/**
 * Fraud scoring throughput: {@code token-transfers} is loaded with a realistic mix of
 * already-serialised CONFIRMED transfers (1M addresses at scale 1, a few hot exchange
 * wallets that are allowlisted as in production, stablecoins dominating); then the raw
 * limit, a pass-through Kafka Streams application with the same exactly_once_v2 setting
 * and threads, reads them all in-process; then the second raw limit, the fraud topology's
 * Kafka shape without detectors ({@link FraudTopologySkeleton}), reads them in-process;
 * then the real fraud-service, from its executable jar as its own process with every
 * detector on, scores them. Every rate comes from consumer-group progress: committed
 * offsets of {@code token-transfers} from the first commit until the group has also
 * drained its repartition topics.
 */
final class FraudThroughputBenchmark {

	private static final Logger log = LoggerFactory.getLogger(FraudThroughputBenchmark.class);

	private static final int PARTITIONS = 6;

	private static final int STREAM_THREADS = 2;

	private static final long CHAIN = 1;

	/** Cores of the machine the figures are judged against. */
	private static final int CORES = Runtime.getRuntime().availableProcessors();

	private static final String SERVICE_HEAP = "-Xmx1g";

	private FraudThroughputBenchmark() {
	}

	/**
	 * Runs this benchmark alone and prints its result:
	 * {@code FraudThroughputBenchmark [scale]}.
	 * @param args the scale, 1 by default
	 * @throws Exception if it fails
	 */
	public static void main(String[] args) throws Exception {
		double scale = (args.length > 0) ? Double.parseDouble(args[0]) : 1.0;
		for (Result result : run(scale)) {
			System.out.printf(Locale.ROOT, "%s: %,.0f %s, raw limit %,.0f %s%n%s%n", result.name(), result.figure(),
					result.unit(), result.rawLimit(), result.unit(), result.notes());
		}
	}

	static List<Result> run(double scale) throws Exception {
		// Below scale 0.1 the run only checks the wiring (the suite's smoke test): a
		// fixed
		// 5,000 transfers keep it short.
		long transfers = (scale >= 0.1) ? Math.round(3_000_000 * scale) : 5_000;
		int addresses = (int) Math.max(5_000, Math.round(1_000_000 * scale));
		Path stateDir = Files.createTempDirectory("chainsignal-fraud-benchmark");
		try (KafkaServer kafka = KafkaServer.start();
				PostgresServer postgres = PostgresServer.start();
				Admin admin = Admin
					.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
			kafka.createTopic(Topics.TOKEN_TRANSFERS, PARTITIONS);
			Traffic traffic = new Traffic(addresses, 20_261_122L);
			int distinct = traffic.load(kafka.bootstrapServers(), transfers);
			log.info("Loaded {} transfers touching {} distinct addresses", transfers, distinct);

			Measured passThrough = passThrough(kafka, admin, transfers);
			double raw = passThrough.rate();
			log.info("Raw pass-through: {} records/s, {} records per stream-thread CPU second", Math.round(raw),
					Math.round(passThrough.perCpuSecond(transfers)));
			Measured skeleton = skeleton(kafka, admin, transfers);
			log.info(
					"Topology skeleton: {} transfers/s, {} transfers per stream-thread CPU second, {} per CPU second"
							+ " of this JVM with the broker ({})",
					Math.round(skeleton.rate()), Math.round(skeleton.perCpuSecond(transfers)),
					Math.round(skeleton.perProcessCpuSecond(transfers)), skeleton.load());

			Database database = postgres.createDatabase("fraud_benchmark");
			ServiceProcess.Builder builder = ServiceProcess
				.builder("fraud-service", ServiceJars.fromBuild().jar("fraud-service"))
				.jvmArgument(SERVICE_HEAP)
				.log(Path.of("target", "services", "fraud-service-benchmark.log"))
				.property("spring.kafka.bootstrap-servers", kafka.bootstrapServers())
				.property("spring.datasource.url", database.jdbcUrl())
				.property("spring.datasource.username", database.username())
				.property("spring.datasource.password", database.password())
				.property("spring.kafka.streams.state-dir", stateDir.toString())
				.property("spring.kafka.streams.properties.num.stream.threads", Integer.toString(STREAM_THREADS))
				.property("logging.level.root", "WARN");
			for (String wallet : Traffic.HOT_WALLETS) {
				builder.property("chainsignal.fraud.allowlist.addresses.[" + wallet + "]", "*");
			}
			for (String argument : System.getProperty("chainsignal.benchmark.fraud.jvm-args", "").split(" ")) {
				if (!argument.isBlank()) {
					builder.jvmArgument(argument);
				}
			}
			ServiceProcess service = builder.build();
			double scored;
			long peak;
			double cpuSeconds;
			double brokerCpuSeconds;
			String serviceLoad;
			long alerts;
			try {
				service.start().awaitReady(Duration.ofMinutes(3));
				double cpuAtReady = cpuSeconds(service);
				double ownAtReady = ownCpuSeconds();
				scored = new GroupCatchUp(admin, Topics.FRAUD_GROUP).rate(transfers, Duration.ofMinutes(90));
				cpuSeconds = cpuSeconds(service) - cpuAtReady;
				brokerCpuSeconds = ownCpuSeconds() - ownAtReady;
				serviceLoad = loadAverage();
				log.info(
						"Service: {} transfers/s, {} transfers per process CPU second, {} per CPU second of the"
								+ " service and this JVM (broker) together ({})",
						Math.round(scored), Math.round(transfers / cpuSeconds),
						Math.round(transfers / (cpuSeconds + brokerCpuSeconds)), serviceLoad);
				peak = service.peakResidentBytes().orElse(-1L);
				alerts = storedAlerts(database);
			}
			finally {
				service.stop();
			}
			long stateBytes = directoryBytes(stateDir);
			long changelogBytes = changelogBytes(admin, "fraud-");
			double perMillion = 1_000_000.0 / distinct;
			String notes = String.format(Locale.ROOT,
					"%,d CONFIRMED ERC-20 transfers (%,d distinct addresses, 20 allowlisted exchange hot wallets in"
							+ " 10%% of them, 60%% USDT/USDC, 15%% WETH, the rest over 200 tokens, log-normal amounts,"
							+ " 1 to 4 transfers a transaction) pre-loaded on a %d-partition token-transfers topic of a"
							+ " KRaft broker, PostgreSQL 17 for the alert table. fraud-service runs from its executable"
							+ " jar as its own process (%s, %d stream threads, every detector on, exactly_once_v2);"
							+ " rate from the committed offsets of group fraud, from its first commit until it has also"
							+ " drained its repartition topics. Raw limit: an in-process pass-through Kafka Streams"
							+ " application (same exactly_once_v2, threads and partitions, bytes in, bytes out) reading"
							+ " the same records, measured the same way. The service used %,.1f CPU seconds after it was"
							+ " ready (%,.0f transfers per CPU second, a figure that other load on the machine disturbs"
							+ " less than the rate) and had stored %,d distinct alerts by then. Peak resident memory of the service %,d MiB."
							+ " State after the run: RocksDB state directory %,d bytes (%,.0f MiB per million"
							+ " addresses), changelog topics %,d bytes (%,.0f MiB per million addresses).",
					transfers, distinct, PARTITIONS, SERVICE_HEAP, STREAM_THREADS, cpuSeconds, transfers / cpuSeconds,
					alerts, peak / (1024 * 1024), stateBytes, stateBytes * perMillion / (1024 * 1024), changelogBytes,
					changelogBytes * perMillion / (1024 * 1024));
			double serviceWhole = transfers / (cpuSeconds + brokerCpuSeconds);
			double skeletonWhole = skeleton.perProcessCpuSecond(transfers);
			notes += String.format(Locale.ROOT,
					" Second raw limit, same run: the fraud topology skeleton (next row) ran at %,.0f transfers/s;"
							+ " the service scored %.2f of it. CPU of the service and of the benchmark JVM (the broker)"
							+ " together: %,.0f transfers per CPU second, so at most %,.0f/s on %d idle cores. At the"
							+ " end of the service's run: %s.",
					skeleton.rate(), scored / skeleton.rate(), serviceWhole, serviceWhole * CORES, CORES, serviceLoad);
			String skeletonNotes = String.format(Locale.ROOT,
					"The fraud topology's Kafka shape without detectors, in-process, on the same pre-loaded records"
							+ " right after the pass-through and before the service: the service's Kafka Streams"
							+ " settings (exactly_once_v2, %d stream threads, %d partitions, commits every second, 64"
							+ " MiB record caches, producer batches of 256 KiB, 20 ms linger, lz4, no standbys);"
							+ " token-transfers read as bytes (only the three addresses are picked out of the JSON"
							+ " text, no decode); per transfer one read and one write of a changelogged RocksDB store"
							+ " keyed by event (no record cache, as the service's lifecycle store), the sender's and the"
							+ " receiver's legs to one repartition topic keyed by (chain, address) (none for the zero"
							+ " address or the allowlisted hot wallets, as in the service) and the token's record to a"
							+ " second one keyed by (chain, token), %d bytes each, about the service's binary envelope;"
							+ " at the address and the token stage one read and one write per record of a changelogged"
							+ " RocksDB store behind the record cache. Rate measured like the service's (committed"
							+ " offsets, repartition topics drained). Its stream and client threads used %,.1f CPU"
							+ " seconds (%,.0f transfers per CPU second; the pass-through's threads %,.0f records per CPU"
							+ " second). With the broker, which runs in the same JVM, and JIT and GC: %,.1f CPU seconds,"
							+ " %,.0f transfers per CPU second, so at most %,.0f/s on %d idle cores. Raw limit column:"
							+ " the pass-through. The service (previous row) scored %.2f of this rate. At the end of"
							+ " this run: %s.",
					STREAM_THREADS, PARTITIONS, FraudTopologySkeleton.VALUE_BYTES, skeleton.cpuSeconds(),
					skeleton.perCpuSecond(transfers), passThrough.perCpuSecond(transfers), skeleton.processCpuSeconds(),
					skeletonWhole, skeletonWhole * CORES, CORES, scored / skeleton.rate(), skeleton.load());
			return List.of(new Result("Fraud scoring, all detectors", scored, raw, "transfers/s", 0, 30_000, notes),
					Result.reported("Fraud topology skeleton (same hops and changelogged stores, no detectors)",
							skeleton.rate(), raw, "transfers/s", skeletonNotes));
		}
		finally {
			deleteRecursively(stateDir);
		}
	}

	/**
	 * A rate with the CPU seconds of the application's own threads and the load average
	 * when it ended.
	 */
	private record Measured(double rate, double cpuSeconds, double processCpuSeconds, String load) {

		double perCpuSecond(long records) {
			return records / Math.max(this.cpuSeconds, 1e-3);
		}

		/** Transfers per CPU second of this whole JVM: the application and the broker. */
		double perProcessCpuSecond(long records) {
			return records / Math.max(this.processCpuSeconds, 1e-3);
		}

	}

	private static double ownCpuSeconds() {
		return ProcessCpu.seconds(ProcessHandle.current().pid());
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return "load average " + fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException ex) {
			return "load average unknown";
		}
	}

	/**
	 * The second raw limit: {@link FraudTopologySkeleton}, the service's hops and
	 * changelogged stores without detectors.
	 */
	private static Measured skeleton(KafkaServer kafka, Admin admin, long transfers) throws IOException {
		Path stateDir = Files.createTempDirectory("chainsignal-fraud-skeleton");
		try (KafkaStreams streams = new KafkaStreams(
				FraudTopologySkeleton.topology(java.util.Set.copyOf(Traffic.HOT_WALLETS)),
				FraudTopologySkeleton.config(kafka.bootstrapServers(), stateDir.toString(), STREAM_THREADS))) {
			double ownAtStart = ownCpuSeconds();
			streams.start();
			double rate = new GroupCatchUp(admin, FraudTopologySkeleton.APPLICATION_ID).rate(transfers,
					Duration.ofMinutes(30));
			return new Measured(rate, FraudTopologySkeleton.threadCpuSeconds(FraudTopologySkeleton.APPLICATION_ID),
					ownCpuSeconds() - ownAtStart, loadAverage());
		}
		finally {
			deleteRecursively(stateDir);
		}
	}

	/**
	 * The raw limit: the same records through a Kafka Streams application that does
	 * nothing but forward their bytes, with the service's processing guarantee.
	 */
	private static Measured passThrough(KafkaServer kafka, Admin admin, long transfers) throws IOException {
		String applicationId = "benchmark-raw-pass-through";
		Path stateDir = Files.createTempDirectory("chainsignal-raw-streams");
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, STREAM_THREADS);
		config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
		config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
		StreamsBuilder builder = new StreamsBuilder();
		builder.stream(Topics.TOKEN_TRANSFERS, Consumed.with(Serdes.String(), Serdes.ByteArray()))
			.to("benchmark-raw-out", Produced.with(Serdes.String(), Serdes.ByteArray()));
		kafka.createTopic("benchmark-raw-out", PARTITIONS);
		try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
			double ownAtStart = ownCpuSeconds();
			streams.start();
			double rate = new GroupCatchUp(admin, applicationId).rate(transfers, Duration.ofMinutes(10));
			return new Measured(rate, FraudTopologySkeleton.threadCpuSeconds(applicationId),
					ownCpuSeconds() - ownAtStart, loadAverage());
		}
		finally {
			deleteRecursively(stateDir);
		}
	}

	/**
	 * User plus system CPU time of a running process ({@code /proc/<pid>/stat}, Linux).
	 */
	private static double cpuSeconds(ServiceProcess service) {
		return ProcessCpu
			.seconds(service.pid().orElseThrow(() -> new IllegalStateException("fraud-service is not running")));
	}

	private static long storedAlerts(Database database) throws java.sql.SQLException {
		try (java.sql.Connection connection = database.connect();
				java.sql.ResultSet count = connection.createStatement()
					.executeQuery("select count(*) from fraud.alert")) {
			count.next();
			return count.getLong(1);
		}
	}

	private static long directoryBytes(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static long changelogBytes(Admin admin, String prefix) throws Exception {
		List<Integer> brokers = admin.describeCluster()
			.nodes()
			.get(30, TimeUnit.SECONDS)
			.stream()
			.map((node) -> node.id())
			.toList();
		return admin.describeLogDirs(brokers)
			.allDescriptions()
			.get(30, TimeUnit.SECONDS)
			.values()
			.stream()
			.flatMap((dirs) -> dirs.values().stream())
			.flatMap((dir) -> dir.replicaInfos().entrySet().stream())
			.filter((entry) -> entry.getKey().topic().startsWith(prefix)
					&& entry.getKey().topic().endsWith("-changelog"))
			.mapToLong((entry) -> entry.getValue().size())
			.sum();
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Watches a Streams application's consumer group: the rate is the input records
	 * committed from the first commit on, divided by the time until every input record is
	 * committed and every internal topic the group reads is drained (at most one
	 * transaction marker left per partition).
	 */
	private record GroupCatchUp(Admin admin, String group) {

		double rate(long total, Duration timeout) {
			long called = System.nanoTime();
			long deadline = called + timeout.toNanos();
			long startNanos = 0;
			long startCommitted = 0;
			while (System.nanoTime() < deadline) {
				Map<TopicPartition, OffsetAndMetadata> committed = committed();
				long input = committed.entrySet()
					.stream()
					.filter((entry) -> entry.getKey().topic().equals(Topics.TOKEN_TRANSFERS))
					.mapToLong((entry) -> entry.getValue().offset())
					.sum();
				if (startNanos == 0 && input > 0) {
					startNanos = System.nanoTime();
					startCommitted = input;
				}
				if (input >= total && drained(committed)) {
					if (startCommitted >= total) {
						// everything was committed before the first look (a small load on
						// a fast
						// machine): count from the call instead, start-up included
						return total / ((System.nanoTime() - called) / 1e9);
					}
					double seconds = (System.nanoTime() - startNanos) / 1e9;
					return (total - startCommitted) / Math.max(seconds, 1e-3);
				}
				sleep(200);
			}
			throw new IllegalStateException(
					this.group + " did not catch up on " + total + " records within " + timeout);
		}

		/**
		 * Every partition of the group's repartition topics is drained, including those
		 * it has not committed yet (those count from offset 0).
		 */
		private boolean drained(Map<TopicPartition, OffsetAndMetadata> committed) {
			try {
				List<String> repartition = this.admin.listTopics()
					.names()
					.get(30, TimeUnit.SECONDS)
					.stream()
					.filter((topic) -> topic.startsWith(this.group + "-") && topic.endsWith("-repartition"))
					.toList();
				if (repartition.isEmpty()) {
					return true;
				}
				Map<TopicPartition, OffsetSpec> internal = new HashMap<>();
				this.admin.describeTopics(repartition)
					.allTopicNames()
					.get(30, TimeUnit.SECONDS)
					.forEach((topic, description) -> description.partitions()
						.forEach((partition) -> internal.put(new TopicPartition(topic, partition.partition()),
								OffsetSpec.latest())));
				Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = this.admin
					.listOffsets(internal,
							new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
					.all()
					.get(30, TimeUnit.SECONDS);
				// At most the commit marker of the last transaction may follow the last
				// committed offset.
				return ends.entrySet().stream().allMatch((end) -> {
					OffsetAndMetadata done = committed.get(end.getKey());
					return end.getValue().offset() - ((done != null) ? done.offset() : 0) <= 1;
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not read the end offsets of the repartition topics", ex);
			}
		}

		private Map<TopicPartition, OffsetAndMetadata> committed() {
			try {
				Map<TopicPartition, OffsetAndMetadata> offsets = this.admin.listConsumerGroupOffsets(this.group)
					.partitionsToOffsetAndMetadata()
					.get(30, TimeUnit.SECONDS);
				Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
				offsets.forEach((partition, offset) -> {
					if (offset != null) {
						present.put(partition, offset);
					}
				});
				return present;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not read the offsets of group " + this.group, ex);
			}
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}

	}

	/**
	 * A seeded, realistic mix of ERC-20 transfers among {@code addresses} addresses: most
	 * activity among ordinary users (skewed towards some busier ones), 10% touching one
	 * of 20 exchange hot wallets, stablecoins dominating, log-normal amounts and a few
	 * transactions with several transfers.
	 */
	private static final class Traffic {

		static final List<String> HOT_WALLETS = java.util.stream.IntStream.range(0, 20)
			.mapToObj((i) -> address(Long.MAX_VALUE - i))
			.toList();

		private static final String USDT = "0xdac17f958d2ee523a2206206994597c13d831ec7";

		private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

		private static final String WETH = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2";

		private final int addresses;

		private final SplittableRandom random;

		private final List<String> otherTokens = new ArrayList<>();

		private final BitSet touched = new BitSet();

		Traffic(int addresses, long seed) {
			this.addresses = addresses;
			this.random = new SplittableRandom(seed);
			for (int i = 0; i < 200; i++) {
				this.otherTokens.add(address(-1_000_000L - i));
			}
		}

		/**
		 * Produces {@code count} transfers and returns the number of distinct addresses.
		 */
		int load(String bootstrapServers, long count) {
			Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
					ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
					ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
					ProducerConfig.BUFFER_MEMORY_CONFIG, 67_108_864L);
			TokenTransferSerializer serializer = new TokenTransferSerializer();
			long block = 20_000_000;
			long time = 1_760_000_000L;
			int inBlock = 0;
			long produced = 0;
			try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
					new ByteArraySerializer())) {
				while (produced < count) {
					if (++inBlock > 150) {
						block++;
						time += 12;
						inBlock = 0;
					}
					String hash = hex(block * 1_000 + inBlock, 64);
					String blockHash = hex(-block, 64);
					int legs = (this.random.nextInt(10) < 8) ? 1 : 2 + this.random.nextInt(3);
					String sender = pickSender();
					for (int log = 0; log < legs && produced < count; log++, produced++) {
						TokenTransfer transfer = transfer(block, blockHash, time, hash, inBlock, log, sender);
						producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, transfer.key(),
								serializer.serialize(Topics.TOKEN_TRANSFERS, transfer)));
					}
				}
				producer.flush();
			}
			return this.touched.cardinality() + HOT_WALLETS.size();
		}

		private TokenTransfer transfer(long block, String blockHash, long time, String hash, int index, int log,
				String sender) {
			String receiver = (this.random.nextInt(20) == 0) ? HOT_WALLETS.get(this.random.nextInt(HOT_WALLETS.size()))
					: user();
			int pick = this.random.nextInt(100);
			String token;
			TokenInfo info;
			double median;
			if (pick < 35) {
				token = USDT;
				info = new TokenInfo("USDT", "Tether USD", 6);
				median = 150e6;
			}
			else if (pick < 60) {
				token = USDC;
				info = new TokenInfo("USDC", "USD Coin", 6);
				median = 150e6;
			}
			else if (pick < 75) {
				token = WETH;
				info = new TokenInfo("WETH", "Wrapped Ether", 18);
				median = 0.2e18;
			}
			else {
				token = this.otherTokens.get((int) (200 * Math.pow(this.random.nextDouble(), 2)));
				info = null;
				median = 1e20;
			}
			BigInteger value = (this.random.nextInt(200) == 0) ? BigInteger.ZERO
					: new java.math.BigDecimal(median * Math.exp(1.5 * gaussian())).toBigInteger().add(BigInteger.ONE);
			return new TokenTransfer(1, TokenTransfer.eventId(CHAIN, hash, log, 0), TransferStatus.CONFIRMED, CHAIN,
					block, blockHash, time, hash, index, log, 0, token, TokenStandard.ERC20, sender, receiver, null,
					value, null, info, sender, token, Instant.ofEpochSecond(time + 30));
		}

		private String pickSender() {
			return (this.random.nextInt(20) == 0) ? HOT_WALLETS.get(this.random.nextInt(HOT_WALLETS.size())) : user();
		}

		/** An ordinary address; squaring the draw makes lower indexes busier. */
		private String user() {
			double draw = this.random.nextDouble();
			int index = (int) (this.addresses * draw * draw);
			this.touched.set(index);
			return address(index);
		}

		private double gaussian() {
			double u = Math.max(this.random.nextDouble(), 1e-12);
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random.nextDouble());
		}

		static String address(long index) {
			return hex(index, 40);
		}

		/** A well-mixed lower-case hex string derived from {@code seed}. */
		static String hex(long seed, int digits) {
			StringBuilder out = new StringBuilder(digits + 2).append("0x");
			long state = seed;
			while (out.length() < digits + 2) {
				state += 0x9E3779B97F4A7C15L;
				long z = state;
				z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
				z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
				z = z ^ (z >>> 31);
				String chunk = String.format(Locale.ROOT, "%016x", z);
				out.append(chunk, 0, Math.min(16, digits + 2 - out.length()));
			}
			return out.toString();
		}

	}

}
