package io.chainsignal.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group's progress on one topic, from its committed offsets: how a benchmark
 * measures a service it cannot look inside. Offsets count transaction markers too, a few
 * per 10,000 records, which is within the measurement's noise.
 *
 * @param admin an admin client of the broker
 * @param group the consumer group
 * @param topic the topic
 */
record GroupProgress(Admin admin, String group, String topic) {

	/** The sum of the group's committed offsets on the topic's partitions. */
	long committed() throws ExecutionException, InterruptedException {
		return committedByPartition().values().stream().mapToLong(Long::longValue).sum();
	}

	private Map<TopicPartition, Long> committedByPartition() throws ExecutionException, InterruptedException {
		return this.admin.listConsumerGroupOffsets(this.group)
			.partitionsToOffsetAndMetadata()
			.get()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().topic().equals(this.topic) && e.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().offset()));
	}

	/** The topic's end offsets. */
	private Map<TopicPartition, Long> end() throws ExecutionException, InterruptedException {
		int partitions = this.admin.describeTopics(List.of(this.topic))
			.allTopicNames()
			.get()
			.get(this.topic)
			.partitions()
			.size();
		Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions)
			.boxed()
			.collect(Collectors.toMap((p) -> new TopicPartition(this.topic, p), (p) -> OffsetSpec.latest()));
		return this.admin.listOffsets(latest)
			.all()
			.get()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().offset()));
	}

	/**
	 * Offsets committed per second while a producer fills the topic, from the group's
	 * first progress beyond {@code before} until it has caught up with every partition's
	 * end (read when the producer is done). A consumer commits the offset after its last
	 * record, and the last offset of a transactionally written partition is a commit
	 * marker, so a partition is caught up one offset short of its end.
	 * @param before the committed offsets before the producer started
	 * @param producer the producing thread
	 * @param timeout how long to wait at most
	 * @return offsets per second
	 */
	double rateUntilCaughtUp(long before, Thread producer, Duration timeout)
			throws ExecutionException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long firstSeen = -1;
		long firstAt = 0;
		Map<TopicPartition, Long> end = null;
		while (true) {
			Map<TopicPartition, Long> committed = committedByPartition();
			long sum = committed.values().stream().mapToLong(Long::longValue).sum();
			long now = System.nanoTime();
			if (sum > before && firstSeen < 0) {
				firstSeen = sum;
				firstAt = now;
			}
			if (end == null && !producer.isAlive()) {
				end = end();
			}
			if (end != null && caughtUp(committed, end)) {
				return (sum - firstSeen) / ((now - firstAt) / 1e9);
			}
			if (now > deadline) {
				throw new IllegalStateException("group " + this.group + " committed " + committed + " of " + end);
			}
			Thread.sleep(20);
		}
	}

	private static boolean caughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((e) -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue() - 1);
	}

}
