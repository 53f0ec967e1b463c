package io.chainsignal.testsupport.postgres;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import io.chainsignal.testsupport.Backend;
import io.chainsignal.testsupport.ImageNames;

/**
 * PostgreSQL 17 in a Testcontainers {@code postgres} container, tuned for tests (no
 * fsync, many connections).
 */
final class ContainerPostgres implements PostgresServer {

	private static final String USER = "chainsignal";

	private final PostgreSQLContainer container;

	private ContainerPostgres(PostgreSQLContainer container) {
		this.container = container;
	}

	static ContainerPostgres start() {
		PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(ImageNames.POSTGRES))
			.withUsername(USER)
			.withPassword(USER);
		container.setCommand("postgres", "-c", "fsync=off", "-c", "max_connections=" + PostgresServers.MAX_CONNECTIONS);
		container.start();
		return new ContainerPostgres(container);
	}

	@Override
	public Backend backend() {
		return Backend.CONTAINER;
	}

	@Override
	public String host() {
		return this.container.getHost();
	}

	@Override
	public int port() {
		return this.container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
	}

	@Override
	public String username() {
		return USER;
	}

	@Override
	public String password() {
		return USER;
	}

	@Override
	public void close() {
		this.container.stop();
	}

	@Override
	public String toString() {
		return ImageNames.POSTGRES + " container at " + host() + ":" + port();
	}

}
