package io.chainsignal.testsupport.postgres;

import io.chainsignal.testsupport.Backend;

/**
 * A running PostgreSQL 17 server that hands out fresh, isolated databases to integration
 * tests.
 */
public interface PostgresServer extends AutoCloseable {

	/**
	 * The server shared by every test in this JVM, started on first use and stopped when
	 * the JVM exits. Isolate tests by giving each its own database:
	 * {@link #createDatabase(String)}.
	 * @return the shared server
	 */
	static PostgresServer shared() {
		return PostgresServers.SHARED.get();
	}

	/**
	 * Starts a dedicated server on the same backend choice as the shared one; the caller
	 * closes it.
	 * @return a new running server
	 */
	static PostgresServer start() {
		return PostgresServers.start();
	}

	/**
	 * Returns where the server runs.
	 * @return the backend
	 */
	Backend backend();

	/**
	 * Returns the server's host name as clients reach it.
	 * @return the host
	 */
	String host();

	/**
	 * Returns the server's port as clients reach it.
	 * @return the port
	 */
	int port();

	/**
	 * Returns the superuser that owns the databases this server hands out.
	 * @return the user name
	 */
	String username();

	/**
	 * Returns the superuser's password.
	 * @return the password
	 */
	String password();

	/**
	 * Creates a new empty database named {@code prefix_<random suffix>}, so callers never
	 * collide, even when several test classes use the same prefix.
	 * @param prefix a readable name such as "analytics"; characters other than letters,
	 * digits and _ are replaced
	 * @return the new database
	 */
	default Database createDatabase(String prefix) {
		return Databases.create(this, prefix);
	}

	/**
	 * Returns the maintenance database {@code postgres}, for administration.
	 * @return the maintenance database
	 */
	default Database maintenanceDatabase() {
		return Databases.of(this, "postgres");
	}

	/** Stops the server and releases its resources. */
	@Override
	void close();

}
