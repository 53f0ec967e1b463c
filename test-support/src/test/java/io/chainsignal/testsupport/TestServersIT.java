package io.chainsignal.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.chainsignal.testsupport.postgres.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @DynamicPropertySource} helpers point Spring Boot's own keys at the shared
 * servers.
 */
class TestServersIT {

	private final Map<String, Supplier<Object>> properties = new LinkedHashMap<>();

	private final DynamicPropertyRegistry registry = this.properties::put;

	@Test
	void registerKafkaSetsTheBootstrapServers() {
		TestServers.registerKafka(this.registry);
		assertThat(value("spring.kafka.bootstrap-servers")).isEqualTo(TestServers.kafka().bootstrapServers());
	}

	@Test
	void registerDatabaseCreatesAFreshDatabaseAndSetsTheDatasource() {
		Database database = TestServers.registerDatabase(this.registry, "analytics");
		assertThat(database.name()).startsWith("analytics_");
		assertThat(value("spring.datasource.url")).isEqualTo(database.jdbcUrl())
			.asString()
			.endsWith("/" + database.name());
		assertThat(value("spring.datasource.username")).isEqualTo(TestServers.postgres().username());
		assertThat(value("spring.datasource.password")).isEqualTo(TestServers.postgres().password());
	}

	@Test
	void registerMailSetsHostAndPort() {
		TestServers.registerMail(this.registry);
		assertThat(value("spring.mail.host")).isEqualTo("127.0.0.1");
		assertThat(value("spring.mail.port")).isEqualTo(TestServers.mail().smtpPort());
	}

	@Test
	void registerAnvilSetsTheGivenProperty() {
		TestServers.registerAnvil(this.registry, "chainsignal.listener.rpc-url");
		assertThat(value("chainsignal.listener.rpc-url")).isEqualTo(TestServers.anvil().rpcUrl())
			.asString()
			.startsWith("http://127.0.0.1:");
	}

	private Object value(String name) {
		assertThat(this.properties).containsKey(name);
		return this.properties.get(name).get();
	}

}
