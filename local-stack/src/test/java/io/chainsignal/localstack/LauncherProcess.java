package io.chainsignal.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launcher as a user runs it: the same entry point class in its own JVM, in a process
 * group of its own (as a terminal puts a foreground job), so that the test can send the
 * group a SIGINT exactly as Ctrl-C does.
 */
final class LauncherProcess {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path dataDirectory;

	private final Path output;

	private final List<ProcessHandle> started = new ArrayList<>();

	private Properties endpoints;

	private LauncherProcess(Process process, Path dataDirectory, Path output) {
		this.process = process;
		this.dataDirectory = dataDirectory;
		this.output = output;
	}

	static LauncherProcess start(Path dataDirectory, Map<String, String> environment, String... options) {
		try {
			Files.createDirectories(dataDirectory);
			// one output file per run: a second run on the same data must not find the
			// first run's banner
			Path output = dataDirectory
				.resolveSibling(dataDirectory.getFileName() + "-launcher-" + System.currentTimeMillis() + ".log");
			List<String> command = new ArrayList<>(List.of("setsid",
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
					System.getProperty("java.class.path"), LocalStack.class.getName(), "--data-dir=" + dataDirectory,
					"--service-jars=" + System.getProperty("chainsignal.service-jars"), "--ports=free"));
			command.addAll(List.of(options));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
			builder.environment().remove("ETH_RPC_URL");
			builder.environment().putAll(environment);
			return new LauncherProcess(builder.start(), dataDirectory, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits for the banner, then reads the endpoints and remembers every process the
	 * launcher started (its descendants, and PostgreSQL, which pg_ctl detaches).
	 */
	LauncherProcess awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!output().contains(Banner.READY)) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The launcher exited with " + this.process.exitValue() + ":\n" + output());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The stack was not ready within " + timeout + ":\n" + output());
			}
			sleep(Duration.ofSeconds(1));
		}
		this.endpoints = new Properties();
		try (Reader reader = Files.newBufferedReader(this.dataDirectory.resolve("stack.properties"))) {
			this.endpoints.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.process.toHandle().descendants().forEach(this.started::add);
		postgresPid().flatMap(ProcessHandle::of).ifPresent(this.started::add);
		return this;
	}

	String endpoint(String name) {
		return this.endpoints.getProperty(name);
	}

	URI uri(String name, String path) {
		URI base = URI.create(endpoint(name));
		return URI.create(base.getScheme() + "://" + base.getAuthority() + path);
	}

	String apiKey() {
		try {
			return Files.readString(this.dataDirectory.resolve("api-key")).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	JsonNode get(URI uri, boolean authenticated) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
		if (authenticated) {
			request.header("Authorization", "Bearer " + apiKey());
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AssertionError(uri + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	List<ProcessHandle> startedProcesses() {
		return List.copyOf(this.started);
	}

	boolean sigintIgnored() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))
				.stream()
				.filter((line) -> line.startsWith("SigIgn:"))
				.map((line) -> (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0)
				.findFirst()
				.orElse(false);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Sends a signal to the launcher's whole process group, as a terminal does on Ctrl-C,
	 * and waits until the launcher exits.
	 * @return the launcher's exit code
	 */
	int signalGroupAndWait(String signal, Duration timeout) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + this.process.pid()).inheritIO().start();
			kill.waitFor(10, TimeUnit.SECONDS);
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("The launcher did not exit within " + timeout + " after SIG" + signal);
			}
			return this.process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void forceStop() {
		this.process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		postgresPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
	}

	String output() {
		try {
			return Files.exists(this.output) ? Files.readString(this.output) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Long> postgresPid() {
		Path pidFile = this.dataDirectory.resolve("postgres").resolve("postmaster.pid");
		try {
			return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
					: Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
