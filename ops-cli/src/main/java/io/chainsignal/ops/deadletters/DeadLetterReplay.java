package io.chainsignal.ops.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-injects the dead letters of one topic into the topics they came from, exactly once:
 * each poll's records and the replay group's offsets are committed in one Kafka
 * transaction, so a replay that is interrupted and run again neither repeats nor misses a
 * record, and a second run finds nothing new.
 *
 * <p>
 * The replay stops at the end offsets it saw when it started, so dead letters that arrive
 * meanwhile (the cause is not fixed after all) wait for the next run instead of looping.
 * The value is written back byte for byte with its key; the services are idempotent by
 * event id (docs/events.md), so the groups that had already processed the record ignore
 * the copy.
 */
public final class DeadLetterReplay {

	private static final Duration POLL = Duration.ofMillis(500);

	private final ReplaySettings settings;

	private final Consumer<String> progress;

	public DeadLetterReplay(ReplaySettings settings, Consumer<String> progress) {
		this.settings = settings;
		this.progress = progress;
	}

	public ReplayReport run() {
		List<ReplayReport.Outcome> replayed = new ArrayList<>();
		List<ReplayReport.Outcome> passedOver = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties());
				KafkaProducer<byte[], byte[]> producer = this.settings.dryRun() ? null
						: new KafkaProducer<>(producerProperties())) {
			List<TopicPartition> partitions = consumer.partitionsFor(this.settings.deadLetterTopic())
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			if (partitions.isEmpty()) {
				throw new IllegalArgumentException("Topic " + this.settings.deadLetterTopic() + " does not exist");
			}
			consumer.assign(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			if (producer != null) {
				producer.initTransactions();
			}
			while (!reached(consumer, end)) {
				ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
				if (records.isEmpty()) {
					continue;
				}
				if (producer != null) {
					producer.beginTransaction();
				}
				Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
				for (ConsumerRecord<byte[], byte[]> record : records) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					if (record.offset() >= end.get(partition)) {
						continue;
					}
					positions.put(partition, new OffsetAndMetadata(record.offset() + 1));
					ReplayReport.Outcome outcome = replay(record, producer);
					(outcome.reason() == null ? replayed : passedOver).add(outcome);
				}
				if (producer != null) {
					producer.sendOffsetsToTransaction(positions, consumer.groupMetadata());
					producer.commitTransaction();
				}
				positions.forEach((partition, offset) -> consumer.seek(partition, offset.offset()));
			}
		}
		return new ReplayReport(replayed, passedOver);
	}

	private ReplayReport.Outcome replay(ConsumerRecord<byte[], byte[]> record, KafkaProducer<byte[], byte[]> producer) {
		String source = record.topic() + ":" + record.partition() + ":" + record.offset();
		String target = (this.settings.targetTopic() != null) ? this.settings.targetTopic()
				: DeadLetterHeaders.originalTopic(record.headers());
		if (target == null) {
			return passOver(source, null,
					"no " + DeadLetterHeaders.ORIGINAL_TOPIC + " header; name the target with --to");
		}
		if (this.settings.onlyValid()) {
			String violation = ContractCheck.violation(target, record.value());
			if (violation != null) {
				return passOver(source, target, "still breaks the contract: " + violation);
			}
		}
		if (producer != null) {
			producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
					DeadLetterHeaders.forReplay(record.headers(), source)));
		}
		this.progress.accept((this.settings.dryRun() ? "would replay " : "replayed ") + source + " -> " + target);
		return new ReplayReport.Outcome(source, target, null);
	}

	private ReplayReport.Outcome passOver(String source, String target, String reason) {
		this.progress.accept("passed over " + source + ": " + reason);
		return new ReplayReport.Outcome(source, target, reason);
	}

	private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	private Map<String, Object> consumerProperties() {
		Map<String, Object> properties = new HashMap<>(this.settings.clientProperties());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, this.settings.group());
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		return properties;
	}

	private Map<String, Object> producerProperties() {
		Map<String, Object> properties = new HashMap<>(this.settings.clientProperties());
		properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
				this.settings.group() + "-" + this.settings.deadLetterTopic());
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return properties;
	}

}
