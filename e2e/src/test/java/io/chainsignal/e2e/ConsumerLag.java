package io.chainsignal.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How many records of a topic a consumer group has not processed yet. Counted by reading
 * them, not by subtracting offsets: a transactional topic ends each transaction with a
 * control record that takes an offset but is never delivered, so a group that is done can
 * sit one offset short of the end of a partition.
 */
final class ConsumerLag {

	private static final Duration READ = Duration.ofSeconds(10);

	private ConsumerLag() {
	}

	/**
	 * Records of {@code topic} committed by their producers but not yet by the group;
	 * {@link Long#MAX_VALUE} while the broker does not answer.
	 */
	static long of(String bootstrapServers, String group, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				5000));
				KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
								ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
								ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
								ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(5, TimeUnit.SECONDS);
			List<TopicPartition> partitions = consumer.partitionsFor(topic, READ)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ);
			for (TopicPartition partition : partitions) {
				OffsetAndMetadata offset = committed.get(partition);
				consumer.seek(partition, (offset != null) ? offset.offset() : 0);
			}
			long pending = 0;
			long deadline = System.nanoTime() + READ.toNanos();
			while (partitions.stream().anyMatch((p) -> consumer.position(p) < end.get(p))) {
				if (System.nanoTime() > deadline) {
					return Long.MAX_VALUE;
				}
				for (var record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
						pending++;
					}
				}
			}
			return pending;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Long.MAX_VALUE;
		}
		catch (ExecutionException | TimeoutException | RetriableException ex) {
			// the broker is down or restarting
			return Long.MAX_VALUE;
		}
	}

}
