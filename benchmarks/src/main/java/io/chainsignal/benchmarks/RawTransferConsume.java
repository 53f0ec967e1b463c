package io.chainsignal.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferDeserializer;

/**
 * The raw Kafka limits next to notification-service: a plain {@code read_committed}
 * consumer that deserialises the same records with the contract's deserializer and does
 * nothing else, and the produce-to-consume latency of the same broker at a given rate.
 */
final class RawTransferConsume {

	private static final String SENT_AT = "benchmark-sent-nanos";

	private RawTransferConsume() {
	}

	/**
	 * Reads and deserialises a topic from its start, timed as the service's backlog is
	 * ({@link Backlog}): from the first non-empty poll to the last record, and, for the
	 * steady state, from the poll that reaches {@code warmUpShare} of the records. CPU is
	 * the polling thread's (it does the fetching, decompression and deserialisation).
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @param count how many records it holds
	 * @param warmUpShare the share of the records read before the steady-state clock
	 * starts
	 */
	static Backlog readBacklog(String bootstrapServers, String topic, long count, double warmUpShare) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		try (KafkaConsumer<String, TokenTransfer> consumer = consumer(bootstrapServers)) {
			consumer.subscribe(List.of(topic));
			long read = 0;
			Backlog.Point first = null;
			Backlog.Point warm = null;
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (read < count) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the raw consumer read " + read + " of " + count + " records");
				}
				ConsumerRecords<String, TokenTransfer> records = consumer.poll(Duration.ofMillis(200));
				for (ConsumerRecord<String, TokenTransfer> record : records) {
					if (record.value().chainId() != NotificationTransfers.CHAIN_ID) {
						throw new IllegalStateException("unexpected record " + record.value().eventId());
					}
					read++;
				}
				if (!records.isEmpty()) {
					Backlog.Point now = new Backlog.Point(System.nanoTime(), read,
							threads.getCurrentThreadCpuTime() / 1e9);
					first = (first != null) ? first : now;
					warm = (warm == null && read >= warmUpShare * count) ? now : warm;
				}
			}
			Backlog.Point last = new Backlog.Point(System.nanoTime(), read, threads.getCurrentThreadCpuTime() / 1e9);
			return new Backlog(first, (warm != null) ? warm : first, last);
		}
	}

	/**
	 * How a backlog was read: three points of (time, records read, CPU seconds) at the
	 * first progress, at the end of the warm-up share, and when the last record was read.
	 * The whole figures count from the first progress, so they include the warm-up; the
	 * steady figures from the end of the warm-up share.
	 */
	record Backlog(Point first, Point warm, Point last) {

		double rate() {
			return rate(this.first);
		}

		double steadyRate() {
			return rate(this.warm);
		}

		/** CPU microseconds per record from the first progress. */
		double cpuMicros() {
			return cpuMicros(this.first);
		}

		/** CPU microseconds per record in the steady state. */
		double steadyCpuMicros() {
			return cpuMicros(this.warm);
		}

		long steadyRecords() {
			return this.last.records() - this.warm.records();
		}

		private double rate(Point from) {
			return (this.last.records() - from.records()) / ((this.last.nanos() - from.nanos()) / 1e9);
		}

		private double cpuMicros(Point from) {
			return 1e6 * (this.last.cpuSeconds() - from.cpuSeconds()) / (this.last.records() - from.records());
		}

		record Point(long nanos, long records, double cpuSeconds, Instant at) {

			Point(long nanos, long records, double cpuSeconds) {
				this(nanos, records, cpuSeconds, Instant.now());
			}

		}

	}

	/**
	 * Produce-to-consume latencies, in milliseconds, of {@code count} records sent at
	 * {@code perSecond}, by an idempotent producer with no linger to a plain
	 * {@code read_committed} consumer.
	 * @param bootstrapServers the broker
	 * @param topic an empty topic
	 * @param value the record value
	 * @param perSecond the send rate
	 * @param count how many records
	 * @return the latencies, sorted
	 */
	static double[] latenciesMillis(String bootstrapServers, String topic, byte[] value, int perSecond, int count)
			throws InterruptedException {
		double[] latencies = new double[count];
		AtomicBoolean assigned = new AtomicBoolean();
		Thread reader = Thread.ofPlatform().name("raw-latency-consumer").start(() -> {
			try (KafkaConsumer<String, TokenTransfer> consumer = consumer(bootstrapServers)) {
				consumer.subscribe(List.of(topic));
				int read = 0;
				while (read < count) {
					ConsumerRecords<String, TokenTransfer> records = consumer.poll(Duration.ofMillis(100));
					assigned.set(!consumer.assignment().isEmpty());
					long now = System.nanoTime();
					for (ConsumerRecord<String, TokenTransfer> record : records) {
						Header sent = record.headers().lastHeader(SENT_AT);
						latencies[read++] = (now - ByteBuffer.wrap(sent.value()).getLong()) / 1e6;
					}
				}
			}
		});
		while (!assigned.get()) {
			Thread.sleep(50);
		}
		try (KafkaProducer<String, byte[]> producer = NotificationTransfers.immediate(bootstrapServers)) {
			Pacer pacer = new Pacer(perSecond);
			for (int i = 0; i < count; i++) {
				pacer.await(i);
				ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, Integer.toString(i), value);
				record.headers().add(SENT_AT, ByteBuffer.allocate(8).putLong(System.nanoTime()).array());
				producer.send(record);
			}
		}
		reader.join(Duration.ofMinutes(2));
		Arrays.sort(latencies);
		return latencies;
	}

	private static KafkaConsumer<String, TokenTransfer> consumer(String bootstrapServers) {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"benchmark-raw-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new TokenTransferDeserializer());
	}

	/** Paces a loop at a fixed rate from its first call. */
	static final class Pacer {

		private final long intervalNanos;

		private long start;

		Pacer(int perSecond) {
			this.intervalNanos = 1_000_000_000L / perSecond;
		}

		void await(long i) throws InterruptedException {
			if (this.start == 0) {
				this.start = System.nanoTime();
			}
			long wait = this.start + i * this.intervalNanos - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(Duration.ofNanos(wait));
			}
		}

	}

	/** The value at a quantile of sorted figures. */
	static double quantile(double[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
	}

}
