package io.chainsignal.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import io.chainsignal.localstack.stack.Service;
import io.chainsignal.localstack.stack.Stack;

/**
 * What the services logged when a scenario disagreed with the chain: their warnings and
 * errors go into the failure, so that a CI machine whose files are gone still says what
 * the services saw, and their whole logs are copied under {@code target/e2e-logs}.
 */
final class ServiceLogs {

	private static final int LINES_PER_SERVICE = 12;

	private static final int MAX_LINE = 300;

	private static final long TAIL_BYTES = 4L * 1024 * 1024;

	private ServiceLogs() {
	}

	/**
	 * The last warnings and errors of every service's log.
	 * @param stack the running stack
	 * @return one block per service that logged any
	 */
	static String warnings(Stack stack) {
		StringBuilder out = new StringBuilder();
		for (Service service : Service.values()) {
			List<String> lines = tail(stack.service(service).log()).stream()
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
	 * Copies every service's log under a directory of the build.
	 * @param stack the running stack
	 * @param scenario the scenario that disagreed
	 */
	static void keep(Stack stack, String scenario) {
		Path into = Path.of("target", "e2e-logs", scenario.replaceAll("[^A-Za-z0-9-]+", "-"));
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

	private static List<String> tail(Path log) {
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			byte[] bytes = new byte[(int) Math.min(file.length(), TAIL_BYTES)];
			file.seek(file.length() - bytes.length);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			return List.of("(the log " + log + " could not be read: " + ex.getMessage() + ")");
		}
	}

}
