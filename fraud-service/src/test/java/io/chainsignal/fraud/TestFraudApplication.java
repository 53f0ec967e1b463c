package io.chainsignal.fraud;

import java.nio.file.Path;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.chainsignal.testsupport.postgres.Database;

import org.springframework.boot.SpringApplication;

/**
 * Runs fraud-service against test-support's Kafka and PostgreSQL, so that
 * {@code ./mvnw -pl fraud-service spring-boot:test-run} works with nothing installed; an
 * API key {@code dev-key} is configured for tenant {@code dev}, an admin.
 */
public final class TestFraudApplication {

	/** SHA-256 of "dev-key". */
	static final String DEV_KEY_HASH = "7e9f8fd111802be56c379d597842e29b2cebd35ff2133d431a49fa556a18704e";

	private TestFraudApplication() {
	}

	public static void main(String[] args) {
		KafkaServer kafka = TestServers.kafka();
		kafka.createTopic(Topics.TOKEN_TRANSFERS, 3);
		Database database = TestServers.postgres().createDatabase("fraud");
		System.setProperty("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
		System.setProperty("spring.datasource.url", database.jdbcUrl());
		System.setProperty("spring.datasource.username", database.username());
		System.setProperty("spring.datasource.password", database.password());
		System.setProperty("spring.kafka.streams.state-dir",
				Path.of("target", "streams-state", "dev").toAbsolutePath().toString());
		System.setProperty("chainsignal.security.api-keys.dev", DEV_KEY_HASH);
		System.setProperty("chainsignal.security.admin-tenants", "dev");
		SpringApplication.run(FraudApplication.class, args);
	}

}
