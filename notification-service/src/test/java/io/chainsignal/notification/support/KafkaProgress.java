package io.chainsignal.notification.support;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.testsupport.TestServers;

/**
 * Reads and moves the {@code notification} group's committed offsets: a test that expects
 * nothing to be delivered waits until the group has committed everything published (the
 * service commits only after its database transaction), and the replay test rewinds the
 * group to the beginning.
 */
public final class KafkaProgress {

	private static final Set<String> TOPICS = Set.of(Topics.TOKEN_TRANSFERS, Topics.FRAUD_ALERTS);

	private KafkaProgress() {
	}

	/** Waits until the group has consumed and committed every record published so far. */
	public static void awaitConsumed(Duration timeout) {
		try (Admin admin = admin()) {
			Map<TopicPartition, Long> ends = ends(admin);
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin
					.listConsumerGroupOffsets(Topics.NOTIFICATION_GROUP)
					.partitionsToOffsetAndMetadata()
					.get();
				boolean done = ends.entrySet()
					.stream()
					.allMatch((end) -> end.getValue() == 0 || (committed.get(end.getKey()) != null
							&& committed.get(end.getKey()).offset() >= end.getValue()));
				if (done) {
					return;
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("The notification group did not catch up within " + timeout + ": ends "
							+ ends + ", committed " + committed);
				}
				Thread.sleep(50);
			}
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	/**
	 * Moves the group's committed offsets back to the start; its members must be stopped.
	 */
	public static void rewind() {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetAndMetadata> start = ends(admin).keySet()
				.stream()
				.collect(Collectors.toMap((tp) -> tp, (tp) -> new OffsetAndMetadata(0)));
			admin.alterConsumerGroupOffsets(Topics.NOTIFICATION_GROUP, start).all().get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<TopicPartition, Long> ends(Admin admin) throws Exception {
		Map<TopicPartition, OffsetSpec> request = admin.describeTopics(TOPICS)
			.allTopicNames()
			.get()
			.values()
			.stream()
			.flatMap((d) -> d.partitions().stream().map((p) -> new TopicPartition(d.name(), p.partition())))
			.collect(Collectors.toMap((tp) -> tp, (tp) -> OffsetSpec.latest()));
		return admin.listOffsets(request)
			.all()
			.get()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().offset()));
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()));
	}

}
