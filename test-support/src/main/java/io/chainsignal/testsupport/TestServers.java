package io.chainsignal.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.postgres.PostgresServer;

/**
 * The front door: the per-JVM shared servers, and one-liners that point a Spring Boot
 * test at them from a {@code @DynamicPropertySource} method. The server classes
 * themselves need no Spring.
 */
public final class TestServers {

	private TestServers() {
	}

	/**
	 * Returns the shared Kafka broker, starting it on first use.
	 * @return the broker
	 */
	public static KafkaServer kafka() {
		return KafkaServer.shared();
	}

	/**
	 * Returns the shared PostgreSQL 17 server, starting it on first use.
	 * @return the server
	 */
	public static PostgresServer postgres() {
		return PostgresServer.shared();
	}

	/**
	 * Returns the shared anvil node, starting it on first use.
	 * @return the node
	 */
	public static Anvil anvil() {
		return Anvil.shared();
	}

	/**
	 * Returns the shared SMTP server, starting it on first use.
	 * @return the server
	 */
	public static MailServer mail() {
		return MailServer.shared();
	}

	/**
	 * Sets {@code spring.kafka.bootstrap-servers} to the shared broker.
	 * @param registry the registry passed to a {@code @DynamicPropertySource} method
	 */
	public static void registerKafka(DynamicPropertyRegistry registry) {
		registerKafka(registry, kafka());
	}

	/**
	 * Sets {@code spring.kafka.bootstrap-servers} to a given broker, e.g. a
	 * {@link io.chainsignal.testsupport.kafka.RestartableKafka}.
	 * @param registry the registry passed to a {@code @DynamicPropertySource} method
	 * @param kafka the broker
	 */
	public static void registerKafka(DynamicPropertyRegistry registry, KafkaServer kafka) {
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
	}

	/**
	 * Creates a fresh database on the shared server and sets
	 * {@code spring.datasource.url}, {@code .username} and {@code .password} to it.
	 * @param registry the registry passed to a {@code @DynamicPropertySource} method
	 * @param prefix a readable prefix for the database name, e.g. the service name
	 * @return the new database
	 */
	public static Database registerDatabase(DynamicPropertyRegistry registry, String prefix) {
		Database database = postgres().createDatabase(prefix);
		registerDatabase(registry, database);
		return database;
	}

	/**
	 * Sets {@code spring.datasource.url}, {@code .username} and {@code .password} to a
	 * given database.
	 * @param registry the registry passed to a {@code @DynamicPropertySource} method
	 * @param database the database
	 */
	public static void registerDatabase(DynamicPropertyRegistry registry, Database database) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	/**
	 * Sets {@code spring.mail.host} and {@code spring.mail.port} to the shared SMTP
	 * server.
	 * @param registry the registry passed to a {@code @DynamicPropertySource} method
	 */
	public static void registerMail(DynamicPropertyRegistry registry) {
		MailServer mail = mail();
		registry.add("spring.mail.host", mail::host);
		registry.add("spring.mail.port", mail::smtpPort);
	}

	/**
	 * Sets a service's own node-URL property (ChainSignal has no standard key for it) to
	 * the shared anvil.
	 * @param registry the registry passed to a {@code @DynamicPropertySource} method
	 * @param property the property name, e.g. "chainsignal.listener.rpc-url"
	 */
	public static void registerAnvil(DynamicPropertyRegistry registry, String property) {
		registry.add(property, anvil()::rpcUrl);
	}

}
