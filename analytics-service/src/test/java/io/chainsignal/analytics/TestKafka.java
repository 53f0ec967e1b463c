package io.chainsignal.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import io.chainsignal.testsupport.TestServers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes test events to {@code token-transfers} as the listener does, and reads the
 * dead-letter topic.
 */
public final class TestKafka {

	private static final TokenTransferSerializer SERIALIZER = new TokenTransferSerializer();

	private TestKafka() {
	}

	/**
	 * Publishes events in order, each keyed by its transaction, and waits for the acks.
	 * @param events the events
	 */
	public static void publish(List<TokenTransfer> events) {
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
		for (TokenTransfer event : events) {
			records.add(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, event.key(),
					SERIALIZER.serialize(Topics.TOKEN_TRANSFERS, event)));
		}
		send(records);
	}

	/**
	 * Sends raw records and waits for the acks.
	 * @param records the records
	 */
	public static void send(List<ProducerRecord<String, byte[]>> records) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new ByteArraySerializer())) {
			for (ProducerRecord<String, byte[]> record : records) {
				producer.send(record);
			}
			producer.flush();
		}
	}

	/**
	 * Reads the dead-letter topic from the beginning to its end, again until it holds the
	 * expected number of records with keys starting with a prefix or a deadline passes.
	 * @param keyPrefix the key prefix, such as "{chainId}:"
	 * @param expected how many records to wait for; 0 reads to the current end once
	 * @return the records found
	 */
	public static List<ConsumerRecord<String, byte[]>> deadLetters(String keyPrefix, int expected) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT)
				.stream()
				.map((p) -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			consumer.assign(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (true) {
				List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
				consumer.seekToBeginning(partitions);
				Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
				while (partitions.stream().anyMatch((tp) -> consumer.position(tp) < end.get(tp))) {
					for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
						if (record.key() != null && record.key().startsWith(keyPrefix)) {
							found.add(record);
						}
					}
				}
				if (found.size() >= expected || System.nanoTime() > deadline) {
					return found;
				}
			}
		}
	}

}
