package io.chainsignal.deploy.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key checker itself: what it accepts is what each service really binds, per service,
 * including its own settings, map keys and {@code @Value} placeholders.
 */
class ConfigurationKeysTest {

	@Test
	void bootKeysInBothEnvironmentForms() {
		ConfigurationKeys analytics = Services.keys("analytics-service");
		assertThat(analytics.acceptsEnvironmentVariable("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isTrue();
		assertThat(analytics.acceptsEnvironmentVariable("SPRING_KAFKA_BOOTSTRAPSERVERS")).isTrue();
		assertThat(analytics.acceptsEnvironmentVariable("SPRING_DATASOURCE_PASSWORD")).isTrue();
		assertThat(analytics.acceptsEnvironmentVariable("SPRING_KAFKA_BOOTSTRAP_SERVER")).isFalse();
		assertThat(analytics.acceptsEnvironmentVariable("spring_kafka_bootstrap_servers")).isFalse();
		assertThat(analytics.acceptsProperty("spring.kafka.bootstrap-servers")).isTrue();
		assertThat(analytics.acceptsProperty("spring.kafka.bootstrapServers")).isTrue();
		assertThat(analytics.acceptsProperty("spring.kafka.bootstrap-server")).isFalse();
	}

	@Test
	void onlyTheLibrariesAServiceShips() {
		assertThat(Services.keys("notification-service").acceptsEnvironmentVariable("SPRING_MAIL_HOST")).isTrue();
		assertThat(Services.keys("listener-service").acceptsEnvironmentVariable("SPRING_MAIL_HOST")).isFalse();
		assertThat(Services.keys("listener-service").acceptsEnvironmentVariable("SPRING_DATASOURCE_URL")).isFalse();
		assertThat(Services.keys("fraud-service").acceptsProperty("spring.kafka.streams.state-dir")).isTrue();
	}

	@Test
	void ownSettingsFromTheServicesClasses() {
		ConfigurationKeys listener = Services.keys("listener-service");
		assertThat(listener.acceptsEnvironmentVariable("CHAINSIGNAL_LISTENER_CHAIN_ID")).isTrue();
		assertThat(listener.acceptsEnvironmentVariable("CHAINSIGNAL_LISTENER_TOPICS_CREATE")).isTrue();
		assertThat(listener.acceptsEnvironmentVariable("WEB3J_CLIENT_ADDRESS")).isTrue();
		assertThat(listener.acceptsEnvironmentVariable("WEB3J_FALLBACK_ADDRESSES_0")).isTrue();
		assertThat(listener.acceptsEnvironmentVariable("CHAINSIGNAL_LISTENER_CHAIN")).isFalse();
		assertThat(listener.acceptsProperty("chainsignal.listener.confirmations")).isTrue();
		assertThat(listener.acceptsProperty("chainsignal.listener.confirmation")).isFalse();
		ConfigurationKeys fraud = Services.keys("fraud-service");
		assertThat(fraud.acceptsProperty("chainsignal.fraud.detectors.fan-out-burst.enabled")).isTrue();
		assertThat(fraud.acceptsProperty("chainsignal.fraud.detectors.fan-out-burst.no-such-setting")).isFalse();
	}

	@Test
	void mapKeysBelowAMapTypedKey() {
		assertThat(Services.keys("fraud-service").acceptsEnvironmentVariable("CHAINSIGNAL_SECURITY_API_KEYS_ACME"))
			.isTrue();
		assertThat(
				Services.keys("notification-service").acceptsEnvironmentVariable("CHAINSIGNAL_SECURITY_API_KEYS_ACME"))
			.isTrue();
		assertThat(Services.keys("listener-service").acceptsEnvironmentVariable("CHAINSIGNAL_SECURITY_API_KEYS_ACME"))
			.isFalse();
		assertThat(Services.keys("analytics-service").acceptsProperty("spring.kafka.properties.sasl.mechanism"))
			.isTrue();
		assertThat(Services.keys("analytics-service").acceptsEnvironmentVariable("LOGGING_LEVEL_IO_CHAINSIGNAL"))
			.isTrue();
	}

	@Test
	void placeholdersTheServicesResolve() {
		assertThat(Services.keys("fraud-service").acceptsProperty("chainsignal.fraud.topics.alerts-partitions"))
			.isTrue();
		assertThat(Services.keys("analytics-service").acceptsProperty("chainsignal.fraud.topics.alerts-partitions"))
			.isFalse();
	}

	@Test
	void serverPortsFromApplicationYaml() {
		assertThat(Services.ARTIFACT_IDS.stream().map((id) -> Services.jar(id).serverPort())).containsExactly(8081,
				8082, 8083, 8084);
	}

}
