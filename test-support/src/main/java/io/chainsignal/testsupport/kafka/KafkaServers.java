package io.chainsignal.testsupport.kafka;

import io.chainsignal.testsupport.Backends;
import io.chainsignal.testsupport.PerJvm;

/**
 * Starts Kafka on the chosen backend and holds the per-JVM shared broker.
 */
final class KafkaServers {

	static final PerJvm<KafkaServer> SHARED = PerJvm.of("Kafka", KafkaServers::start);

	private KafkaServers() {
	}

	static KafkaServer start() {
		return Backends.start("Kafka", ContainerKafka::start, EmbeddedKafka::start);
	}

}
