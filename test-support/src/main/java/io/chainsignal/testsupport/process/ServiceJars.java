package io.chainsignal.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the services' executable jars in a directory that the build filled, for example
 * with {@code maven-dependency-plugin:copy-dependencies} and
 * {@code <includeClassifiers>exec</includeClassifiers>} (see the {@code benchmarks} and
 * {@code local-stack} poms).
 *
 * @param directory where the executable jars are
 */
public record ServiceJars(Path directory) {

	/**
	 * The directory named by the system property {@code chainsignal.service-jars}, or
	 * {@code target/service-jars}.
	 * @return the service jars of this build
	 */
	public static ServiceJars fromBuild() {
		return new ServiceJars(Path.of(System.getProperty("chainsignal.service-jars", "target/service-jars")));
	}

	/**
	 * The executable jar of one service.
	 * @param artifactId the service's artifact id, such as {@code analytics-service}
	 * @return the jar
	 * @throws IllegalStateException if the build did not copy it, naming the command that
	 * does
	 */
	public Path jar(String artifactId) {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith(artifactId)
						&& file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> missing(artifactId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(missing(artifactId).getMessage(), ex);
		}
	}

	private IllegalStateException missing(String artifactId) {
		return new IllegalStateException("No executable jar of " + artifactId + " in " + this.directory.toAbsolutePath()
				+ "; the build copies it there in the package phase (./mvnw -pl <module> -am package -DskipTests)");
	}

}
