package io.chainsignal.listener.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.chainsignal.listener.ListenerApplication;

/**
 * The listener as a separate operating-system process, started from this test's
 * classpath, so that a test can {@code kill -9} it: no shutdown hook, no flush, no
 * transaction commit.
 */
final class ListenerProcess implements AutoCloseable {

	private final Process process;

	private ListenerProcess(Process process) {
		this.process = process;
	}

	static ListenerProcess start(Map<String, String> properties, Path log) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
				ListenerApplication.class.getName()));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new ListenerProcess(process);
	}

	/** SIGKILL, as {@code kill -9} sends it, and wait for the process to be gone. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the listener process did not die");
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
