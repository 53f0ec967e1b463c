package io.chainsignal.testsupport.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureTest {

	@TempDir
	Path directory;

	@Test
	void keepsTheErrorTheExceptionAndItsCausesButNotTheStackFramesOrOrdinaryLines() throws IOException {
		Path log = write("""
				2026-11-23T00:40:10.001Z  INFO 1 --- [a] [main] i.c.AnalyticsApplication : Starting
				2026-11-23T00:40:17.002Z ERROR 1 --- [a] [main] o.s.boot.SpringApplication : Application run failed
				org.springframework.beans.factory.BeanCreationException: Error creating bean 'flyway'
				\tat org.springframework.Some.method(Some.java:1)
				\t... 12 more
				Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available
				\tat com.zaxxer.hikari.Pool.get(Pool.java:2)
				2026-11-23T00:40:17.500Z  INFO 1 --- [a] [main] o.a.k.Metrics : Metrics scheduler closed
				""");

		assertThat(StartupFailure.excerpt(log, 0).lines()).containsExactly(
				"2026-11-23T00:40:17.002Z ERROR 1 --- [a] [main] o.s.boot.SpringApplication : Application run failed",
				"org.springframework.beans.factory.BeanCreationException: Error creating bean 'flyway'",
				"Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available");
	}

	@Test
	void keepsSpringBootsFailureReport() throws IOException {
		Path log = write("""
				2026-11-23T00:40:10.001Z  INFO 1 --- [a] [main] i.c.AnalyticsApplication : Starting

				***************************
				APPLICATION FAILED TO START
				***************************

				Description:

				Web server failed to start. Port 8080 was already in use.
				""");

		assertThat(StartupFailure.excerpt(log, 0).lines()).containsExactly("APPLICATION FAILED TO START",
				"Description:", "Web server failed to start. Port 8080 was already in use.");
	}

	@Test
	void readsOnlyThisStartsLinesAndFallsBackToTheLastOnes() throws IOException {
		Path log = write("2026-11-23T00:00:00.000Z ERROR 1 --- an earlier run's error\n");
		long start = StartupFailure.sizeOf(log);
		Files.writeString(log,
				String.join("\n", IntStream.rangeClosed(1, 30).mapToObj((i) -> "line " + i).toList()) + "\n",
				StandardOpenOption.APPEND);

		assertThat(StartupFailure.excerpt(log, start).lines()).hasSize(20).startsWith("line 11").endsWith("line 30");
	}

	@Test
	void saysSoWhenTheLogCannotBeRead() {
		assertThat(StartupFailure.excerpt(this.directory.resolve("missing.log"), 0))
			.startsWith("(the log could not be read");
	}

	private Path write(String text) throws IOException {
		Path log = this.directory.resolve("service.log");
		Files.writeString(log, text);
		return log;
	}

}
