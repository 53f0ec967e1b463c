package io.chainsignal.analytics.status;

import java.util.OptionalLong;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Health of the Kafka side ("kafka" in /actuator/health): the broker answers and the
 * ingest listener is running.
 */
@Component("kafka")
class KafkaHealthIndicator implements HealthIndicator {

	private final KafkaMonitor monitor;

	private final KafkaListenerEndpointRegistry listeners;

	KafkaHealthIndicator(KafkaMonitor monitor, KafkaListenerEndpointRegistry listeners) {
		this.monitor = monitor;
		this.listeners = listeners;
	}

	@Override
	public Health health() {
		OptionalLong nodes = this.monitor.nodes();
		boolean running = this.listeners.getListenerContainers().stream().allMatch(MessageListenerContainer::isRunning);
		Health.Builder health = (nodes.isPresent() && running) ? Health.up() : Health.down();
		health.withDetail("listenersRunning", running);
		nodes.ifPresent((count) -> health.withDetail("brokers", count));
		return health.build();
	}

}
