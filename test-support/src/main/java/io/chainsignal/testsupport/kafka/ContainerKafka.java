package io.chainsignal.testsupport.kafka;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import io.chainsignal.testsupport.Backend;
import io.chainsignal.testsupport.ImageNames;

/**
 * Kafka in a Testcontainers {@code apache/kafka} container (single-node KRaft,
 * replication factors of 1).
 */
final class ContainerKafka implements KafkaServer {

	private final KafkaContainer container;

	private ContainerKafka(KafkaContainer container) {
		this.container = container;
	}

	static ContainerKafka start() {
		KafkaContainer container = new KafkaContainer(DockerImageName.parse(ImageNames.KAFKA));
		container.start();
		return new ContainerKafka(container);
	}

	@Override
	public String bootstrapServers() {
		return this.container.getBootstrapServers();
	}

	@Override
	public Backend backend() {
		return Backend.CONTAINER;
	}

	@Override
	public void close() {
		this.container.stop();
	}

	@Override
	public String toString() {
		return ImageNames.KAFKA + " container at " + bootstrapServers();
	}

}
