package io.chainsignal.analytics;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.postgres.Database;

import org.springframework.boot.SpringApplication;

/**
 * Starts the service against the test servers (embedded Kafka and PostgreSQL when no
 * Docker engine answers), so that
 * {@code ./mvnw -pl analytics-service spring-boot:test-run} works with nothing installed.
 */
public final class TestAnalyticsApplication {

	private TestAnalyticsApplication() {
	}

	public static void main(String[] args) {
		Database database = TestServers.postgres().createDatabase("analytics");
		TestServers.kafka().createTopic(Topics.TOKEN_TRANSFERS, 6);
		// system properties, so that they win over application.yaml
		System.setProperty("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
		System.setProperty("spring.datasource.url", database.jdbcUrl());
		System.setProperty("spring.datasource.username", database.username());
		System.setProperty("spring.datasource.password", database.password());
		SpringApplication.run(AnalyticsApplication.class, args);
	}

}
