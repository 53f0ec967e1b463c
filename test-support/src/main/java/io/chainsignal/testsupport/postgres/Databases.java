package io.chainsignal.testsupport.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates databases on a {@link PostgresServer} and builds their connection details.
 */
final class Databases {

	private static final int MAX_PREFIX_LENGTH = 40;

	private Databases() {
	}

	static Database of(PostgresServer server, String name) {
		String url = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + name;
		return new Database(name, url, server.username(), server.password());
	}

	static Database create(PostgresServer server, String prefix) {
		String name = uniqueName(prefix);
		try (Connection connection = server.maintenanceDatabase().connect();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name + " on " + server, ex);
		}
		return of(server, name);
	}

	static String uniqueName(String prefix) {
		String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
			clean = "db_" + clean;
		}
		if (clean.length() > MAX_PREFIX_LENGTH) {
			clean = clean.substring(0, MAX_PREFIX_LENGTH);
		}
		return clean + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

}
