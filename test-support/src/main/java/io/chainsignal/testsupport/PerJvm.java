package io.chainsignal.testsupport;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server shared by every test in the JVM: started on the first {@link #get()}, stopped
 * by a shutdown hook when the JVM exits. A failed start is remembered and reported again
 * to every later caller, never retried or skipped.
 *
 * @param <T> the server type
 */
public final class PerJvm<T extends AutoCloseable> {

	private static final Logger logger = LoggerFactory.getLogger(PerJvm.class);

	private final String name;

	private final Supplier<T> starter;

	private T instance;

	private RuntimeException failure;

	private PerJvm(String name, Supplier<T> starter) {
		this.name = name;
		this.starter = starter;
	}

	/**
	 * Declares a lazily started, per-JVM server.
	 * @param <T> the server type
	 * @param name the server's name in messages and thread names
	 * @param starter starts the server; called at most once
	 * @return the holder
	 */
	public static <T extends AutoCloseable> PerJvm<T> of(String name, Supplier<T> starter) {
		return new PerJvm<>(name, starter);
	}

	/**
	 * Returns the shared server, starting it on first use.
	 * @return the running server
	 */
	public synchronized T get() {
		if (this.instance != null) {
			return this.instance;
		}
		if (this.failure != null) {
			throw new IllegalStateException(
					"The shared " + this.name + " failed to start earlier in this JVM; first failure attached",
					this.failure);
		}
		try {
			T started = this.starter.get();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "stop-shared-" + this.name));
			this.instance = started;
			return started;
		}
		catch (RuntimeException ex) {
			this.failure = ex;
			throw ex;
		}
	}

	private void close(T server) {
		try {
			server.close();
		}
		catch (Exception ex) {
			logger.warn("Stopping the shared {} failed", this.name, ex);
		}
	}

}
