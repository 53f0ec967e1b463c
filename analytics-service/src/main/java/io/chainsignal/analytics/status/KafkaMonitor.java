package io.chainsignal.analytics.status;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.chainsignal.common.topic.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Asks the broker what ingestion's health and status need: whether it answers, the
 * {@code analytics} group's lag on {@code token-transfers}, and how many records the
 * dead-letter topic holds. Answers are cached briefly so that scrapes and dashboards do
 * not hammer the broker; an unreachable broker gives empty answers.
 */
@Component
class KafkaMonitor implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(KafkaMonitor.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Duration CACHE = Duration.ofSeconds(5);

	private final Admin admin;

	private final String group;

	private volatile Snapshot snapshot;

	KafkaMonitor(KafkaAdmin kafkaAdmin, KafkaProperties properties, MeterRegistry meters) {
		this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
		this.group = properties.getConsumer().getGroupId();
		Gauge.builder("chainsignal.analytics.consumer.lag", this, (m) -> m.lag().orElse(-1))
			.description("Records of token-transfers not yet consumed by the analytics group (-1 when unknown)")
			.register(meters);
	}

	/** Node count of the cluster, or empty when it does not answer. */
	OptionalLong nodes() {
		try {
			return OptionalLong
				.of(this.admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size());
		}
		catch (Exception ex) {
			interrupted(ex);
			return OptionalLong.empty();
		}
	}

	OptionalLong lag() {
		return current().lag();
	}

	OptionalLong deadLettered() {
		return current().deadLettered();
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null || System.nanoTime() - current.takenAt() > CACHE.toNanos()) {
			current = new Snapshot(System.nanoTime(), measureLag(), measureDeadLettered());
			this.snapshot = current;
		}
		return current;
	}

	private OptionalLong measureLag() {
		try {
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(this.group)
				.partitionsToOffsetAndMetadata()
				.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			Set<TopicPartition> partitions = partitions(Topics.TOKEN_TRANSFERS);
			Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
			Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
			long lag = 0;
			for (TopicPartition partition : partitions) {
				OffsetAndMetadata offset = committed.get(partition);
				long position = (offset != null) ? offset.offset() : start.get(partition);
				lag += Math.max(0, end.get(partition) - position);
			}
			return OptionalLong.of(lag);
		}
		catch (Exception ex) {
			interrupted(ex);
			logger.debug("Could not measure the consumer lag", ex);
			return OptionalLong.empty();
		}
	}

	private OptionalLong measureDeadLettered() {
		try {
			Set<TopicPartition> partitions = partitions(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT);
			Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
			Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
			return OptionalLong.of(partitions.stream().mapToLong((p) -> end.get(p) - start.get(p)).sum());
		}
		catch (Exception ex) {
			interrupted(ex);
			logger.debug("Could not count dead letters", ex);
			return OptionalLong.empty();
		}
	}

	private Set<TopicPartition> partitions(String topic) throws Exception {
		return this.admin.describeTopics(Set.of(topic))
			.allTopicNames()
			.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.get(topic)
			.partitions()
			.stream()
			.map((p) -> new TopicPartition(topic, p.partition()))
			.collect(Collectors.toSet());
	}

	private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
		Map<TopicPartition, OffsetSpec> request = partitions.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> spec));
		return this.admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
			.all()
			.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().offset()));
	}

	private static void interrupted(Exception ex) {
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(1));
	}

	private record Snapshot(long takenAt, OptionalLong lag, OptionalLong deadLettered) {
	}

}
