package io.chainsignal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.chainsignal.localstack.stack.Service;
import io.chainsignal.localstack.stack.Stack;

/**
 * What the services logged and were doing when a scenario disagreed with the chain: their
 * warnings and errors and the stacks of their Kafka listener threads go into the failure,
 * so that a CI machine whose files are gone still says what the services saw, and their
 * whole logs and thread dumps are kept under {@code target/e2e-logs}.
 */
final class ServiceLogs {

	private static final int LINES_PER_SERVICE = 12;

	private static final int MAX_LINE = 300;

	/**
	 * The Kafka consumers' threads (Spring Kafka's listener containers, {@code -C-1}, or
	 * {@code kafka-1} on virtual threads; Kafka Streams' stream threads) and the
	 * notification dispatcher's.
	 */
	private static final Pattern LISTENER_THREAD = Pattern
		.compile("^#\\d+ \"(kafka-\\d+|[^\"]*-C-\\d+|[^\"]*StreamThread-\\d+|delivery-[^\"]*)\".*");

	private static final int FRAMES_PER_THREAD = 14;

	/** Threads shown per service; an idle pool of webhook senders can hold a hundred. */
	private static final int MAX_THREADS = 16;

	private ServiceLogs() {
	}

	/**
	 * What a failure should say about the services when a scenario disagreed: their last
	 * warnings and errors and their listener threads' stacks; their whole logs and thread
	 * dumps are kept under the scenario's directory.
	 * @param stack the running stack
	 * @param scenario the scenario that disagreed
	 * @return text to append to the failure
	 */
	static String report(Stack stack, String scenario) {
		keep(stack, scenario);
		return warnings(stack) + listenerThreads(stack, scenario);
	}

	/**
	 * The last warnings and errors of every service's log.
	 * @param stack the running stack
	 * @return one block per service that logged any
	 */
	private static String warnings(Stack stack) {
		StringBuilder out = new StringBuilder();
		for (Service service : Service.values()) {
			List<String> lines = stack.service(service)
				.logTail()
				.stream()
				.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("Caused by:"))
				.map((line) -> (line.length() > MAX_LINE) ? line.substring(0, MAX_LINE) + "..." : line)
				.collect(Collectors.toList());
			if (!lines.isEmpty()) {
				out.append(System.lineSeparator())
					.append(service.artifactId())
					.append(" warned:")
					.append(System.lineSeparator())
					.append(String.join(System.lineSeparator(),
							lines.subList(Math.max(0, lines.size() - LINES_PER_SERVICE), lines.size())));
			}
		}
		return out.toString();
	}

	/**
	 * The stacks of every service's Kafka listener threads (and notification's dispatcher
	 * threads), from a thread dump that includes virtual threads.
	 * @param stack the running stack
	 * @param scenario the scenario that disagreed: the whole dumps are kept under its
	 * directory
	 * @return one block per thread found
	 */
	private static String listenerThreads(Stack stack, String scenario) {
		StringBuilder out = new StringBuilder();
		for (Service service : Service.values()) {
			Optional<Long> pid = stack.service(service).pid();
			if (pid.isEmpty()) {
				continue;
			}
			Path dump = directory(scenario).resolve(service.artifactId() + "-threads.txt").toAbsolutePath();
			try {
				Files.createDirectories(dump.getParent());
				Files.deleteIfExists(dump);
				Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
						pid.get().toString(), "Thread.dump_to_file", "-format=text", dump.toString())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				if (!jcmd.waitFor(30, TimeUnit.SECONDS) || !Files.exists(dump)) {
					jcmd.destroyForcibly();
					out.append(System.lineSeparator()).append(service.artifactId()).append(": no thread dump");
					continue;
				}
				List<String> lines = Files.readAllLines(dump);
				int shown = 0;
				for (int i = 0; i < lines.size(); i++) {
					if (LISTENER_THREAD.matcher(lines.get(i)).matches() && shown++ < MAX_THREADS) {
						out.append(System.lineSeparator()).append(service.artifactId()).append(' ');
						for (int j = i; j < Math.min(lines.size(), i + 1 + FRAMES_PER_THREAD)
								&& (j == i || !lines.get(j).isBlank()); j++) {
							out.append(lines.get(j).strip()).append(System.lineSeparator());
						}
					}
				}
				if (shown > MAX_THREADS) {
					out.append(System.lineSeparator())
						.append(service.artifactId())
						.append(": ")
						.append(shown - MAX_THREADS)
						.append(" more such threads in ")
						.append(dump)
						.append(System.lineSeparator());
				}
			}
			catch (IOException ex) {
				out.append(System.lineSeparator()).append(service.artifactId()).append(": no thread dump: ").append(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return out.toString();
			}
		}
		return out.toString();
	}

	/**
	 * Copies every service's log under a directory of the build.
	 * @param stack the running stack
	 * @param scenario the scenario that disagreed
	 */
	private static void keep(Stack stack, String scenario) {
		Path into = directory(scenario);
		try {
			Files.createDirectories(into);
			for (Service service : Service.values()) {
				Path log = stack.service(service).log();
				if (Files.exists(log)) {
					Files.copy(log, into.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			System.err.println("Could not keep the services' logs: " + ex);
		}
	}

	private static Path directory(String scenario) {
		return Path.of("target", "e2e-logs", scenario.replaceAll("[^A-Za-z0-9-]+", "-"));
	}

}
