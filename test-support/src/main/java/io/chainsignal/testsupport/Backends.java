package io.chainsignal.testsupport;

import java.util.Locale;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Chooses and starts a server's backend: a container when a Docker daemon answers,
 * otherwise the embedded one, and logs which. Never skips: when no backend starts, the
 * caller gets an exception that says why.
 *
 * <p>
 * {@code -Dchainsignal.test.backend=container|embedded} (or the environment variable
 * {@code CHAINSIGNAL_TEST_BACKEND}) forces one backend, without fallback; the default is
 * {@code auto}.
 */
public final class Backends {

	/**
	 * System property that forces a backend: {@code auto} (default), {@code container} or
	 * {@code embedded}.
	 */
	public static final String PROPERTY = "chainsignal.test.backend";

	private static final Logger logger = LoggerFactory.getLogger(Backends.class);

	private Backends() {
	}

	/**
	 * Starts {@code server} on the chosen backend.
	 * @param <T> the server type
	 * @param server what is started, for log and error messages, e.g. "Kafka"
	 * @param container starts the Testcontainers variant
	 * @param embedded starts the embedded variant
	 * @return the started server
	 */
	public static <T> T start(String server, Supplier<T> container, Supplier<T> embedded) {
		String choice = choice();
		switch (choice) {
			case "container":
				return started(server, Backend.CONTAINER, container, "forced by " + PROPERTY + "=container");
			case "embedded":
				return started(server, Backend.EMBEDDED, embedded, "forced by " + PROPERTY + "=embedded");
			case "auto":
				break;
			default:
				throw new IllegalStateException(
						PROPERTY + " must be auto, container or embedded, but is '" + choice + "'");
		}
		if (!dockerAvailable()) {
			return started(server, Backend.EMBEDDED, embedded, "no Docker daemon answered");
		}
		try {
			return started(server, Backend.CONTAINER, container, "a Docker daemon answered");
		}
		catch (RuntimeException containerFailure) {
			logger.warn("{} container failed to start ({}); falling back to the embedded {}", server,
					containerFailure.toString(), server);
			try {
				return started(server, Backend.EMBEDDED, embedded, "the container failed to start");
			}
			catch (RuntimeException embeddedFailure) {
				embeddedFailure.addSuppressed(containerFailure);
				throw embeddedFailure;
			}
		}
	}

	private static <T> T started(String server, Backend backend, Supplier<T> starter, String reason) {
		long begin = System.nanoTime();
		T started;
		try {
			started = starter.get();
		}
		catch (RuntimeException | LinkageError ex) {
			throw new IllegalStateException("Could not start " + server + " for integration tests on the "
					+ backend.name().toLowerCase(Locale.ROOT) + " backend (" + reason + "). Tests that need " + server
					+ " fail rather than skip; see the cause.", ex);
		}
		logger.info("{} for integration tests: {} backend ({}), started in {} ms: {}", server, backend, reason,
				(System.nanoTime() - begin) / 1_000_000, started);
		return started;
	}

	private static String choice() {
		String value = System.getProperty(PROPERTY, System.getenv("CHAINSIGNAL_TEST_BACKEND"));
		return (value == null || value.isBlank()) ? "auto" : value.trim().toLowerCase(Locale.ROOT);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			logger.debug("Docker check failed", ex);
			return false;
		}
	}

}
