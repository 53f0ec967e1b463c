package io.chainsignal.testsupport.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import io.chainsignal.testsupport.Backend;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaIT {

	@Test
	void sharedBrokerRoundTripsRecordsWithKeysAndValues() {
		KafkaServer kafka = KafkaServer.shared();
		String topic = "round-trip-" + UUID.randomUUID();
		kafka.createTopic(topic, 3);

		try (KafkaProducer<String, String> producer = producer(kafka, Map.of())) {
			producer.send(new ProducerRecord<>(topic, "k1", "v1"));
			producer.send(new ProducerRecord<>(topic, "k2", "v2"));
			producer.send(new ProducerRecord<>(topic, "k3", "v3"));
		}

		assertThat(KafkaIT.consume(kafka, topic, "g-" + UUID.randomUUID(), 3, Map.of()))
			.containsExactlyInAnyOrder("k1=v1", "k2=v2", "k3=v3");
		assertThat(kafka.backend())
			.isEqualTo(DockerClientFactory.instance().isDockerAvailable() ? Backend.CONTAINER : Backend.EMBEDDED);
		assertThat(KafkaServer.shared()).isSameAs(kafka);
	}

	@Test
	void sharedBrokerSupportsTransactionsForExactlyOnceProducers() {
		KafkaServer kafka = KafkaServer.shared();
		String topic = "transactional-" + UUID.randomUUID();
		kafka.createTopic(topic, 1);

		try (KafkaProducer<String, String> producer = producer(kafka,
				Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID()))) {
			producer.initTransactions();
			producer.beginTransaction();
			producer.send(new ProducerRecord<>(topic, "aborted", "a"));
			producer.abortTransaction();
			producer.beginTransaction();
			producer.send(new ProducerRecord<>(topic, "committed", "c"));
			producer.commitTransaction();
		}

		assertThat(consume(kafka, topic, "g-" + UUID.randomUUID(), 1,
				Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")))
			.containsExactly("committed=c");
	}

	@Test
	void restartableBrokerKeepsItsPortTopicsAndOffsetsAcrossARestart() {
		try (RestartableKafka kafka = RestartableKafka.create()) {
			String bootstrapServers = kafka.bootstrapServers();
			String topic = "restart-" + UUID.randomUUID();
			String group = "g-" + UUID.randomUUID();
			kafka.createTopic(topic, 2);
			send(kafka, topic, "before", "1");
			assertThat(consume(kafka, topic, group, 1, Map.of())).containsExactly("before=1");

			kafka.stop();
			assertThat(kafka.isRunning()).isFalse();
			try (KafkaProducer<String, String> producer = producer(kafka,
					Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000))) {
				assertThat(producer.send(new ProducerRecord<>(topic, "lost", "x"))).failsWithin(Duration.ofSeconds(5));
			}

			kafka.start();
			assertThat(kafka.isRunning()).isTrue();
			assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapServers);
			send(kafka, topic, "after", "2");
			// The group's committed offset survived: it resumes after "before".
			assertThat(consume(kafka, topic, group, 1, Map.of())).containsExactly("after=2");
			// The log survived: a new group reads both records.
			assertThat(consume(kafka, topic, "g-" + UUID.randomUUID(), 2, Map.of()))
				.containsExactlyInAnyOrder("before=1", "after=2");
		}
	}

	@Test
	void clientsConnectedAcrossARestartResumeOnTheirOwn() throws Exception {
		try (RestartableKafka kafka = RestartableKafka.create()) {
			String topic = "resume-" + UUID.randomUUID();
			kafka.createTopic(topic, 1);
			try (KafkaProducer<String, String> producer = producer(kafka, Map.of());
					KafkaConsumer<String, String> consumer = consumer(kafka, "g-" + UUID.randomUUID(), Map.of())) {
				consumer.subscribe(List.of(topic));
				producer.send(new ProducerRecord<>(topic, "before", "1")).get(10, TimeUnit.SECONDS);
				assertThat(poll(consumer, 1)).containsExactly("before=1");

				kafka.stop();
				assertThat(consumer.poll(Duration.ofMillis(500))).isEmpty();
				kafka.start();

				// The same producer and consumer reconnect to the same port without being
				// recreated.
				producer.send(new ProducerRecord<>(topic, "after", "2")).get(30, TimeUnit.SECONDS);
				assertThat(poll(consumer, 1)).containsExactly("after=2");
			}
		}
	}

	private static void send(KafkaServer kafka, String topic, String key, String value) {
		try (KafkaProducer<String, String> producer = producer(kafka, Map.of())) {
			producer.send(new ProducerRecord<>(topic, key, value));
		}
	}

	private static KafkaProducer<String, String> producer(KafkaServer kafka, Map<String, Object> extra) {
		Map<String, Object> config = new HashMap<>(extra);
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
	}

	private static List<String> consume(KafkaServer kafka, String topic, String group, int count,
			Map<String, Object> extra) {
		try (KafkaConsumer<String, String> consumer = consumer(kafka, group, extra)) {
			consumer.subscribe(List.of(topic));
			List<String> received = poll(consumer, count);
			consumer.commitSync();
			return received;
		}
	}

	private static KafkaConsumer<String, String> consumer(KafkaServer kafka, String group, Map<String, Object> extra) {
		Map<String, Object> config = new HashMap<>(extra);
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
	}

	private static List<String> poll(KafkaConsumer<String, String> consumer, int count) {
		List<String> received = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (received.size() < count && System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
				received.add(record.key() + "=" + record.value());
			}
		}
		return received;
	}

}
