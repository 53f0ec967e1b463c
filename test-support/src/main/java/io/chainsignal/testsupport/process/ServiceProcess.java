package io.chainsignal.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.chainsignal.testsupport.FreePort;

/**
 * One ChainSignal service as its own operating-system process, started from the service's
 * executable jar ({@code <service>-<version>-exec.jar}) on a port of its own, so that a
 * local stack, an end-to-end test or a benchmark runs it exactly as a user does and can
 * {@code kill -9} it, restart it on the same port, and read its peak memory.
 *
 * <p>
 * Properties are passed as command-line arguments ({@code --key=value}), the
 * highest-precedence source of Spring Boot's configuration, and the output goes to a log
 * file that survives restarts (appended).
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final Map<String, String> properties;

	private final List<String> jvmArguments;

	private final Path log;

	private final int port;

	private Process process;

	/** The log's size when the process last started: where this run's lines begin. */
	private long logStart;

	private ServiceProcess(Builder builder) {
		this.name = builder.name;
		this.jar = builder.jar;
		this.properties = Map.copyOf(builder.properties);
		this.jvmArguments = List.copyOf(builder.jvmArguments);
		this.log = builder.log;
		this.port = (builder.port > 0) ? builder.port : FreePort.find();
	}

	/**
	 * Starts describing a service process.
	 * @param name the service's name, for messages and the default log file
	 * @param executableJar the service's executable jar
	 * @return a builder
	 */
	public static Builder builder(String name, Path executableJar) {
		return new Builder(name, executableJar);
	}

	/**
	 * Launches the process; {@link #awaitReady(Duration)} waits for it to serve.
	 * @return this process
	 */
	public synchronized ServiceProcess start() {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException(this.name + " is already running (pid " + this.process.pid() + ")");
		}
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(this.jvmArguments);
		command.add("-jar");
		command.add(this.jar.toString());
		command.add("--server.port=" + this.port);
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(this.log.toAbsolutePath().getParent());
			this.logStart = StartupFailure.sizeOf(this.log);
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.name + " from " + this.jar, ex);
		}
		return this;
	}

	/**
	 * Waits until the service answers {@code UP} on its readiness probe
	 * ({@code /actuator/health/readiness}).
	 * @param timeout how long to wait
	 * @return this process
	 * @throws IllegalStateException if the process exits or the time runs out; the
	 * message names the log file
	 */
	public ServiceProcess awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest probe = HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!isAlive()) {
				throw new IllegalStateException(this.name + " exited with code " + this.process.exitValue()
						+ " before it was ready; see " + this.log.toAbsolutePath() + "; it logged:"
						+ System.lineSeparator() + StartupFailure.excerpt(this.log, this.logStart));
			}
			try {
				HttpResponse<String> response = HTTP.send(probe, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return this;
				}
			}
			catch (ConnectException | java.net.http.HttpTimeoutException ex) {
				// not listening yet
			}
			catch (IOException ex) {
				// the server is starting and closed the connection
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException(
				this.name + " was not ready within " + timeout + "; see " + this.log.toAbsolutePath() + "; it logged:"
						+ System.lineSeparator() + StartupFailure.excerpt(this.log, this.logStart));
	}

	/** SIGKILL, as {@code kill -9} sends it: no shutdown hook, no flush, no commit. */
	public synchronized void kill() {
		terminate(true);
	}

	/** SIGTERM, a graceful Spring Boot shutdown, then SIGKILL after 30 seconds. */
	public synchronized void stop() {
		terminate(false);
	}

	/**
	 * Starts the process again on the same port with the same configuration.
	 * @return this process
	 */
	public ServiceProcess restart() {
		stop();
		return start();
	}

	public boolean isAlive() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	public Path log() {
		return this.log;
	}

	/**
	 * The last lines of the log, at most its last 4 MiB.
	 * @return the lines, or one line saying why the log could not be read
	 */
	public List<String> logTail() {
		try {
			return LogTail.linesFrom(this.log, 0);
		}
		catch (IOException ex) {
			return List.of("(the log " + this.log + " could not be read: " + ex.getMessage() + ")");
		}
	}

	/**
	 * The process id of the running process.
	 * @return the pid, or empty when not running
	 */
	public Optional<Long> pid() {
		return isAlive() ? Optional.of(this.process.pid()) : Optional.empty();
	}

	/**
	 * The peak resident memory of the running process ({@code VmHWM} of
	 * {@code /proc/<pid>/status}, Linux only).
	 * @return the peak resident set in bytes, or empty where the kernel does not tell
	 */
	public Optional<Long> peakResidentBytes() {
		return pid().flatMap((pid) -> {
			try {
				return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
					.stream()
					.filter((line) -> line.startsWith("VmHWM:"))
					.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
					.findFirst();
			}
			catch (IOException | RuntimeException ex) {
				return Optional.empty();
			}
		});
	}

	@Override
	public void close() {
		stop();
	}

	private void terminate(boolean forcibly) {
		Process current = this.process;
		if (current == null || !current.isAlive()) {
			return;
		}
		try {
			if (forcibly) {
				current.destroyForcibly();
			}
			else {
				current.destroy();
				if (!current.waitFor(30, TimeUnit.SECONDS)) {
					current.destroyForcibly();
				}
			}
			if (!current.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException(this.name + " (pid " + current.pid() + ") did not exit");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			current.destroyForcibly();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** Describes a service process before it starts. */
	public static final class Builder {

		private final String name;

		private final Path jar;

		private final Map<String, String> properties = new LinkedHashMap<>();

		private final List<String> jvmArguments = new ArrayList<>();

		private Path log;

		private int port;

		private Builder(String name, Path jar) {
			if (!Files.isRegularFile(jar)) {
				throw new IllegalArgumentException("No executable jar for " + name + " at " + jar.toAbsolutePath()
						+ "; build it with ./mvnw -pl " + name + " -am package -DskipTests");
			}
			this.name = name;
			this.jar = jar;
			this.log = Path.of("target", "services", name + ".log");
		}

		/** Sets one Spring Boot property, passed as {@code --key=value}. */
		public Builder property(String key, String value) {
			this.properties.put(key, value);
			return this;
		}

		public Builder properties(Map<String, String> values) {
			this.properties.putAll(values);
			return this;
		}

		/** Adds a JVM option such as {@code -Xmx384m}. */
		public Builder jvmArgument(String argument) {
			this.jvmArguments.add(argument);
			return this;
		}

		/** The HTTP port; a free one when not set. Kept across restarts either way. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** The log file, appended to across restarts. */
		public Builder log(Path file) {
			this.log = file;
			return this;
		}

		public ServiceProcess build() {
			return new ServiceProcess(this);
		}

	}

}
