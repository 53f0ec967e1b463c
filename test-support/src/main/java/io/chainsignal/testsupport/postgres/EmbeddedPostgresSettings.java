package io.chainsignal.testsupport.postgres;

/**
 * How clients reach a zonky embedded server: its initdb superuser over trusted local
 * connections.
 */
final class EmbeddedPostgresSettings {

	static final String HOST = "localhost";

	static final String USER = "postgres";

	/**
	 * Ignored by the server (trust authentication); set so that clients which require one
	 * have one.
	 */
	static final String PASSWORD = "postgres";

	private EmbeddedPostgresSettings() {
	}

}
