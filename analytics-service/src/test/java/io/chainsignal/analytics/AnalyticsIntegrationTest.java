package io.chainsignal.analytics;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.postgres.RestartablePostgres;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: one Spring context for all of them (Spring caches it,
 * since the configuration is the same), on the shared Kafka broker and on a dedicated
 * restartable PostgreSQL so that one test can stop and start the database under the
 * running service. Tests stay independent by each using chain ids of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chainsignal.analytics.ingest.retry-max-interval=1s",
				"spring.datasource.hikari.connection-timeout=2000", "spring.kafka.consumer.max-poll-records=500",
				// WindowSumsIT moves the window starts itself; the advancer runs at
				// startup only
				"chainsignal.analytics.ingest.window-advance-interval=PT1H" })
public abstract class AnalyticsIntegrationTest {

	/** Partitions of {@code token-transfers} in the tests. */
	public static final int PARTITIONS = 3;

	private static RestartablePostgres postgres;

	private static Database database;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.registerKafka(registry);
		TestServers.registerDatabase(registry, database());
	}

	/**
	 * The test database, created on first use with its restartable server.
	 * @return the database
	 */
	public static synchronized Database database() {
		if (database == null) {
			postgres = RestartablePostgres.create();
			database = postgres.createDatabase("analytics");
			try {
				TestServers.kafka().createTopic(Topics.TOKEN_TRANSFERS, PARTITIONS);
			}
			catch (IllegalStateException ex) {
				// already there
			}
		}
		return database;
	}

	/**
	 * The server of the test database, to stop and start.
	 * @return the server
	 */
	public static RestartablePostgres postgres() {
		database();
		return postgres;
	}

	/**
	 * A chain id no other test uses.
	 * @return a random chain id
	 */
	public static long newChainId() {
		return ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000_000L);
	}

	/**
	 * Polls until a condition holds, failing after a deadline.
	 * @return Awaitility's condition factory
	 */
	public static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100));
	}

}
