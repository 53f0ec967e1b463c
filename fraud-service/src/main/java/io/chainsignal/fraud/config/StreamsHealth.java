package io.chainsignal.fraud.config;

import org.apache.kafka.streams.KafkaStreams;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Reports the Kafka Streams client's state as health {@code kafkaStreams}: DOWN once the
 * client is in error or stopped, so that an instance whose scoring died is restarted.
 */
@Component("kafkaStreams")
class StreamsHealth implements HealthIndicator {

	private final StreamsBuilderFactoryBean factory;

	StreamsHealth(StreamsBuilderFactoryBean factory) {
		this.factory = factory;
	}

	@Override
	public Health health() {
		KafkaStreams streams = this.factory.getKafkaStreams();
		if (streams == null) {
			return Health.unknown().withDetail("state", "not started").build();
		}
		KafkaStreams.State state = streams.state();
		Health.Builder builder = switch (state) {
			case ERROR, PENDING_ERROR, NOT_RUNNING, PENDING_SHUTDOWN -> Health.down();
			default -> Health.up();
		};
		return builder.withDetail("state", state.name()).build();
	}

}
