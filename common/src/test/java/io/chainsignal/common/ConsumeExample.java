package io.chainsignal.common;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The plain Kafka consumer that {@code docs/events.md} shows, compiled with the contract
 * so that the snippet cannot drift from the API ({@link EventsDocTest} checks the docs
 * quote it).
 */
final class ConsumeExample {

	private ConsumeExample() {
	}

	static void consume(String bootstrapServers, AtomicBoolean running, Consumer<TokenTransfer> handler,
			Consumer<RecordDeserializationException> rejected) {
		// tag::consume[]
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "my-dashboard");
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, TokenTransfer> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new TokenTransferDeserializer())) {
			consumer.subscribe(List.of(Topics.TOKEN_TRANSFERS));
			while (running.get()) {
				try {
					for (ConsumerRecord<String, TokenTransfer> record : consumer.poll(Duration.ofSeconds(1))) {
						// idempotent, applying the lifecycle rules
						handler.accept(record.value());
					}
					consumer.commitSync();
				}
				catch (RecordDeserializationException ex) {
					// never succeeds: ex.getCause() is the EventValidationException
					// naming the field; keep ex.valueBuffer(), then skip the record
					rejected.accept(ex);
					consumer.seek(ex.topicPartition(), ex.offset() + 1);
				}
			}
		}
		// end::consume[]
	}

}
