package io.chainsignal.testsupport.postgres;

import io.chainsignal.testsupport.Backends;
import io.chainsignal.testsupport.PerJvm;

/**
 * Starts PostgreSQL on the chosen backend and holds the per-JVM shared server.
 */
final class PostgresServers {

	static final PerJvm<PostgresServer> SHARED = PerJvm.of("PostgreSQL", PostgresServers::start);

	/** Enough for several cached Spring contexts with a Hikari pool each. */
	static final String MAX_CONNECTIONS = "300";

	private PostgresServers() {
	}

	static PostgresServer start() {
		return Backends.start("PostgreSQL", ContainerPostgres::start, EmbeddedPostgresServer::start);
	}

}
