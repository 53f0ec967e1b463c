package io.chainsignal.benchmarks;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The other raw limit for the listener: how fast the same broker takes the same records
 * through a transactional producer configured like the listener's, with the JSON already
 * serialised (what Kafka alone can do here).
 */
final class RawKafkaProduce {

	private static final int RECORDS_PER_TRANSACTION = 10_000;

	private RawKafkaProduce() {
	}

	/**
	 * Records per second for {@code count} copies of {@code value}, keyed by a running
	 * number.
	 */
	static double recordsPerSecond(String bootstrapServers, String topic, long count, byte[] value) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.TRANSACTIONAL_ID_CONFIG, "chainsignal-benchmark-raw", ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 10,
				ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.BUFFER_MEMORY_CONFIG, 67_108_864L);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.initTransactions();
			long start = System.nanoTime();
			for (long i = 0; i < count; i++) {
				if (i % RECORDS_PER_TRANSACTION == 0) {
					if (i > 0) {
						producer.commitTransaction();
					}
					producer.beginTransaction();
				}
				producer.send(new ProducerRecord<>(topic, "31999:0x" + Long.toHexString(i), value));
			}
			producer.commitTransaction();
			return count / ((System.nanoTime() - start) / 1e9);
		}
	}

}
