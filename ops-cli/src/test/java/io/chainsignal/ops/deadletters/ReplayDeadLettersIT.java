package io.chainsignal.ops.deadletters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chainsignal.ops.OpsCli;
import io.chainsignal.testsupport.kafka.KafkaServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay command against a real KRaft broker: dead letters written as the services
 * write them (source key and bytes, dead-letter headers) go back to their source topic.
 */
class ReplayDeadLettersIT {

	private static final KafkaServer kafka = KafkaServer.shared();

	private String source;

	private String deadLetters;

	@BeforeEach
	void topics() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.source = "token-transfers";
		this.deadLetters = "replay-" + run + "-dlt";
		if (!topicExists(this.source)) {
			kafka.createTopic(this.source, 3);
		}
		kafka.createTopic(this.deadLetters, 2);
	}

	@Test
	void replaysValidDeadLettersOnceAndReportsTheOthers() throws Exception {
		byte[] valid = example();
		byte[] broken = "{\"schema_version\":1,\"event_id\":\"nope\"}".getBytes(StandardCharsets.UTF_8);
		String key = "1:0x" + "ab".repeat(32);
		deadLetter(key, valid, this.source);
		deadLetter("broken-key", broken, this.source);
		assertThat(endOffset(this.source)).as("only this test writes to the source topic").isZero();

		assertThat(OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers(),
				"--dead-letter-topic", this.deadLetters, "--only-valid", "--dry-run"))
			.isZero();
		assertThat(endOffset(this.source)).as("a dry run writes nothing").isZero();

		assertThat(OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers(),
				"--dead-letter-topic", this.deadLetters, "--only-valid"))
			.isZero();
		List<ConsumerRecord<byte[], byte[]>> replayed = readAll(this.source);
		assertThat(replayed).hasSize(1);
		ConsumerRecord<byte[], byte[]> record = replayed.get(0);
		assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(key);
		assertThat(record.value()).isEqualTo(valid);
		assertThat(header(record, "trace-id")).isEqualTo("kept");
		assertThat(record.headers().lastHeader("chainsignal-dlt-reason")).isNull();
		assertThat(record.headers().lastHeader("kafka_dlt-original-topic")).isNull();
		assertThat(header(record, "chainsignal-replayed-from")).startsWith(this.deadLetters + ":");

		// The second run finds nothing new; a dead letter arriving later is replayed by
		// the next run only.
		assertThat(OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers(),
				"--dead-letter-topic", this.deadLetters, "--only-valid"))
			.isZero();
		assertThat(readAll(this.source)).hasSize(1);
		deadLetter(key, valid, this.source);
		OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers(), "--dead-letter-topic",
				this.deadLetters);
		assertThat(readAll(this.source)).hasSize(2);
	}

	@Test
	void withoutAnOriginalTopicHeaderTheTargetMustBeNamed() throws Exception {
		byte[] valid = example();
		String other = "replay-target-" + UUID.randomUUID().toString().substring(0, 8);
		kafka.createTopic(other, 1);
		deadLetter("k", valid, null);

		OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers(), "--dead-letter-topic",
				this.deadLetters);
		assertThat(endOffset(other)).isZero();

		OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers(), "--dead-letter-topic",
				this.deadLetters, "--group", "second-try", "--to", other);
		assertThat(readAll(other)).extracting(ConsumerRecord::value).containsExactly(valid);
	}

	@Test
	void aMissingOptionIsAUsageError() {
		assertThat(OpsCli.run("replay-dead-letters", "--bootstrap-servers", kafka.bootstrapServers())).isEqualTo(2);
	}

	private void deadLetter(String key, byte[] value, String originalTopic) {
		RecordHeaders headers = new RecordHeaders();
		headers.add("trace-id", "kept".getBytes(StandardCharsets.UTF_8));
		headers.add("chainsignal-dlt-reason",
				"Invalid TokenTransfer: a bug since fixed".getBytes(StandardCharsets.UTF_8));
		if (originalTopic != null) {
			headers.add("kafka_dlt-original-topic", originalTopic.getBytes(StandardCharsets.UTF_8));
		}
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			producer.send(
					new ProducerRecord<>(this.deadLetters, null, key.getBytes(StandardCharsets.UTF_8), value, headers));
		}
	}

	private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		long expected = endOffset(topic);
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = partitions(consumer, topic);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (partitions.stream().mapToLong(consumer::position).sum() < expected && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
		return consumer.partitionsFor(topic).stream().map((p) -> new TopicPartition(topic, p.partition())).toList();
	}

	private static long endOffset(String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			return consumer.endOffsets(partitions(consumer, topic)).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private static boolean topicExists(String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			return consumer.listTopics().containsKey(topic);
		}
	}

	private static KafkaConsumer<byte[], byte[]> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				ByteArrayDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
				ByteArrayDeserializer.class));
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
		return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
	}

	private static byte[] example() throws IOException {
		try (InputStream in = ReplayDeadLettersIT.class.getResourceAsStream("/token-transfer-erc721-confirmed.json")) {
			return in.readAllBytes();
		}
	}

}
