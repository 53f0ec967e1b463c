package io.chainsignal.deploy.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The four services of this build, found as the executable jars that the deploy module's
 * build copied to {@code target/service-jars}, and the files of this repository.
 */
public final class Services {

	/** The services' artifact ids. */
	public static final List<String> ARTIFACT_IDS = List.of("listener-service", "analytics-service",
			"notification-service", "fraud-service");

	private static final Map<String, ConfigurationKeys> KEYS = new ConcurrentHashMap<>();

	private Services() {
	}

	/**
	 * One service's executable jar.
	 * @param artifactId such as {@code analytics-service}
	 * @return the jar
	 */
	public static ServiceJar jar(String artifactId) {
		Path directory = Path.of(System.getProperty("chainsignal.service-jars", "target/service-jars"));
		try (Stream<Path> files = Files.list(directory)) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith(artifactId + "-")
						&& file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.map(ServiceJar::new)
				.orElseThrow(() -> new IllegalStateException("No executable jar of " + artifactId + " in "
						+ directory.toAbsolutePath() + "; ./mvnw -pl deploy verify copies it there"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The configuration keys of one service, read once per test JVM.
	 * @param artifactId such as {@code analytics-service}
	 * @return its keys
	 */
	public static ConfigurationKeys keys(String artifactId) {
		return KEYS.computeIfAbsent(artifactId, (id) -> jar(id).configurationKeys());
	}

	/**
	 * A file of this repository.
	 * @param relative such as {@code docker-compose.yml}
	 * @return its path
	 */
	public static Path repositoryFile(String relative) {
		return Path.of(System.getProperty("chainsignal.repository-root", "..")).resolve(relative).normalize();
	}

	/**
	 * The version of this build, which tags the services' images.
	 * @return such as {@code 0.1.0-SNAPSHOT}
	 */
	public static String version() {
		String version = System.getProperty("chainsignal.version");
		if (version == null) {
			throw new IllegalStateException("Run through Maven: the system property chainsignal.version is missing");
		}
		return version;
	}

}
