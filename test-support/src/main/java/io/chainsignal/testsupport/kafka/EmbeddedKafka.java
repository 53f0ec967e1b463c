package io.chainsignal.testsupport.kafka;

import java.util.UUID;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.chainsignal.testsupport.Backend;

/**
 * Kafka embedded in the test JVM: spring-kafka-test's {@link EmbeddedKafkaKraftBroker},
 * one combined KRaft node on a random port.
 */
final class EmbeddedKafka implements KafkaServer {

	private final EmbeddedKafkaKraftBroker broker;

	private final String bootstrapServers;

	private EmbeddedKafka(EmbeddedKafkaKraftBroker broker) {
		this.broker = broker;
		this.bootstrapServers = broker.getBrokersAsString();
	}

	static EmbeddedKafka start() {
		// The broker publishes its address in two system properties; it must not leak
		// into other tests (a second
		// broker would overwrite the first), so it writes to a private one that is
		// removed again.
		String privateProperty = "chainsignal.test.kafka." + UUID.randomUUID();
		String published = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerListProperty(privateProperty);
		broker.brokerProperties(BrokerDefaults.SINGLE_NODE);
		try {
			broker.afterPropertiesSet();
		}
		finally {
			System.clearProperty(privateProperty);
			if (published == null) {
				System.clearProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
			}
			else {
				System.setProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, published);
			}
		}
		return new EmbeddedKafka(broker);
	}

	@Override
	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	@Override
	public Backend backend() {
		return Backend.EMBEDDED;
	}

	@Override
	public void close() {
		this.broker.destroy();
	}

	@Override
	public String toString() {
		return "embedded KRaft broker (spring-kafka-test EmbeddedKafkaKraftBroker) at " + this.bootstrapServers;
	}

}
