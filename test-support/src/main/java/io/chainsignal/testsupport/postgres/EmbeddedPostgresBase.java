package io.chainsignal.testsupport.postgres;

import io.chainsignal.testsupport.Backend;

/**
 * How clients reach a zonky embedded server, whichever way it was started: its initdb
 * superuser over trusted local connections.
 */
abstract class EmbeddedPostgresBase implements PostgresServer {

	@Override
	public final Backend backend() {
		return Backend.EMBEDDED;
	}

	@Override
	public final String host() {
		return "localhost";
	}

	@Override
	public final String username() {
		return "postgres";
	}

	/**
	 * Ignored by the server (trust authentication); set so that clients which require one
	 * have one.
	 */
	@Override
	public final String password() {
		return "postgres";
	}

}
