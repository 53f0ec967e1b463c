package io.chainsignal.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import io.chainsignal.common.topic.Topics;

/**
 * The fraud topology's Kafka shape with no detectors, the second raw limit of
 * {@link FraudThroughputBenchmark}: what the same hops and changelogged stores cost on
 * this machine before any scoring. It reads {@code token-transfers} as bytes (no JSON
 * decode: only the three addresses are picked out of the text, to key the legs as the
 * service does), and per transfer
 * <ul>
 * <li>in the transaction stage reads and writes one key-value store keyed by the event
 * (RocksDB, changelogged, no record cache, like the service's lifecycle store);</li>
 * <li>sends the sender's leg and the receiver's leg to one repartition topic keyed by
 * (chain, address), none for the zero address or an address allowlisted for every
 * detector, and the token's record to a second one keyed by (chain, token), each value
 * {@value #VALUE_BYTES} bytes, about the size of the service's binary envelope of a slim
 * transfer;</li>
 * <li>in the address stage and in the token stage reads and writes one key-value store
 * per record (RocksDB, changelogged, behind Kafka Streams' record cache, so a busy key is
 * written back once per commit, as the service's live values are).</li>
 * </ul>
 * Settings are the service's: exactly_once_v2, its stream threads, a commit every second,
 * 64 MiB of record caches, producer batches of 256 KiB with 20 ms linger and lz4, no
 * standby replicas.
 */
final class FraudTopologySkeleton {

	static final String APPLICATION_ID = "benchmark-fraud-skeleton";

	/**
	 * Bytes of one internal record: the service's envelope of a slim transfer is about
	 * this long (version, kind, event id as its packed parts, block, time, three
	 * addresses as 20 bytes each plus tag, amount, symbol, decimals, tx sender).
	 */
	static final int VALUE_BYTES = 160;

	private static final String ZERO = "0x0000000000000000000000000000000000000000";

	private static final byte ADDRESS = 'A';

	private static final byte TOKEN = 'T';

	private static final byte[] FROM = field("from_address");

	private static final byte[] TO = field("to_address");

	private static final byte[] TOKEN_ADDRESS = field("token_address");

	private static final byte[] TRANSACTION_HASH = field("transaction_hash");

	private FraudTopologySkeleton() {
	}

	/**
	 * The skeleton's configuration: the service's Kafka Streams settings
	 * ({@code fraud-service}'s {@code application.yml}).
	 */
	static Properties config(String bootstrapServers, String stateDir, int threads) {
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
		config.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 0);
		config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
		config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 64L * 1024 * 1024);
		config.put(StreamsConfig.producerPrefix("linger.ms"), 20);
		config.put(StreamsConfig.producerPrefix("batch.size"), 262_144);
		config.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
		config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
		config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
		return config;
	}

	/**
	 * The skeleton topology.
	 * @param allowlisted addresses that get no leg (allowlisted for every detector)
	 */
	static Topology topology(Set<String> allowlisted) {
		StreamsBuilder builder = new StreamsBuilder();
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("skeleton-lifecycle"),
				Serdes.String(), Serdes.ByteArray()));
		builder.addStateStore(Stores
			.keyValueStoreBuilder(Stores.persistentKeyValueStore("skeleton-address"), Serdes.String(), Serdes.Long())
			.withCachingEnabled());
		builder.addStateStore(Stores
			.keyValueStoreBuilder(Stores.persistentKeyValueStore("skeleton-token"), Serdes.String(), Serdes.Long())
			.withCachingEnabled());
		KStream<String, byte[]> internal = builder
			.stream(Topics.TOKEN_TRANSFERS, Consumed.with(Serdes.String(), Serdes.ByteArray()))
			.process(() -> new TransactionStep(allowlisted), Named.as("skeleton-transaction-stage"),
					"skeleton-lifecycle");
		internal.filter((key, value) -> value[0] == ADDRESS)
			.repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName("address-events"))
			.process(() -> new CountStep("skeleton-address"), Named.as("skeleton-address-stage"), "skeleton-address");
		internal.filter((key, value) -> value[0] == TOKEN)
			.repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName("token-events"))
			.process(() -> new CountStep("skeleton-token"), Named.as("skeleton-token-stage"), "skeleton-token");
		return builder.build();
	}

	/**
	 * CPU seconds of the live threads of this JVM whose name holds {@code applicationId}:
	 * the stream threads, their producers' network threads and the state updater (not JIT
	 * and GC, which the service's process figure includes).
	 */
	static double threadCpuSeconds(String applicationId) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long nanos = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().contains(applicationId)) {
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				nanos += Math.max(cpu, 0);
			}
		}
		return nanos / 1e9;
	}

	private static byte[] field(String name) {
		return ("\"" + name + "\":\"").getBytes(StandardCharsets.US_ASCII);
	}

	/** Index just past {@code field} in {@code json}, or -1. */
	private static int valueAt(byte[] json, byte[] field) {
		outer: for (int i = 0; i <= json.length - field.length; i++) {
			for (int j = 0; j < field.length; j++) {
				if (json[i + j] != field[j]) {
					continue outer;
				}
			}
			return i + field.length;
		}
		return -1;
	}

	/**
	 * The transaction stage's shape: one lifecycle read and write per transfer, then the
	 * two legs and the token record.
	 */
	private static final class TransactionStep implements Processor<String, byte[], String, byte[]> {

		private final Set<String> allowlisted;

		private ProcessorContext<String, byte[]> context;

		private KeyValueStore<String, byte[]> lifecycle;

		TransactionStep(Set<String> allowlisted) {
			this.allowlisted = allowlisted;
		}

		@Override
		public void init(ProcessorContext<String, byte[]> context) {
			this.context = context;
			this.lifecycle = context.getStateStore("skeleton-lifecycle");
		}

		@Override
		public void process(Record<String, byte[]> record) {
			byte[] json = record.value();
			int from = valueAt(json, FROM);
			int to = valueAt(json, TO);
			int token = valueAt(json, TOKEN_ADDRESS);
			int hash = valueAt(json, TRANSACTION_HASH);
			if (from < 0 || to < 0 || token < 0 || hash < 0) {
				return;
			}
			String eventId = record.key() + ":"
					+ this.context.recordMetadata().map((metadata) -> metadata.offset()).orElse(0L);
			byte[] applied = this.lifecycle.get(eventId);
			if (applied == null) {
				// like the service's lifecycle value: block hash, status and time
				applied = new byte[40];
				System.arraycopy(json, hash, applied, 0, 40);
			}
			this.lifecycle.put(eventId, applied);
			String fromAddress = new String(json, from, 42, StandardCharsets.US_ASCII);
			String toAddress = new String(json, to, 42, StandardCharsets.US_ASCII);
			String tokenAddress = new String(json, token, 42, StandardCharsets.US_ASCII);
			if (!ZERO.equals(fromAddress) && !this.allowlisted.contains(fromAddress)) {
				send("1:" + fromAddress, ADDRESS, json, from, to, token, hash, record.timestamp());
			}
			if (!ZERO.equals(toAddress) && !this.allowlisted.contains(toAddress)) {
				send("1:" + toAddress, ADDRESS, json, from, to, token, hash, record.timestamp());
			}
			send("1:" + tokenAddress, TOKEN, json, from, to, token, hash, record.timestamp());
		}

		/**
		 * A {@value #VALUE_BYTES}-byte record: its kind, the three addresses as text and
		 * part of the transaction hash, so lz4 sees data like the service's.
		 */
		private void send(String key, byte kind, byte[] json, int from, int to, int token, int hash, long timestamp) {
			byte[] value = new byte[VALUE_BYTES];
			value[0] = kind;
			System.arraycopy(json, token, value, 1, 42);
			System.arraycopy(json, from, value, 43, 42);
			System.arraycopy(json, to, value, 85, 42);
			System.arraycopy(json, hash, value, 127, VALUE_BYTES - 127);
			this.context.forward(new Record<>(key, value, timestamp));
		}

	}

	/**
	 * The address and token stages' shape: one store read and write per record.
	 */
	private static final class CountStep implements Processor<String, byte[], Void, Void> {

		private final String storeName;

		private KeyValueStore<String, Long> store;

		CountStep(String storeName) {
			this.storeName = storeName;
		}

		@Override
		public void init(ProcessorContext<Void, Void> context) {
			this.store = context.getStateStore(this.storeName);
		}

		@Override
		public void process(Record<String, byte[]> record) {
			Long count = this.store.get(record.key());
			this.store.put(record.key(), (count != null) ? count + 1 : 1);
		}

	}

}
