package io.chainsignal.testsupport.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import io.chainsignal.testsupport.Backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresIT {

	@Test
	void sharedServerIsPostgres17AndRunsSql() throws SQLException {
		PostgresServer postgres = PostgresServer.shared();
		Database database = postgres.createDatabase("sql");

		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE transfer (id BIGINT PRIMARY KEY, token TEXT NOT NULL, amount NUMERIC(78))");
			statement.execute("INSERT INTO transfer VALUES (1, 'USDC', 250), (2, 'DAI', 115792089237316195423570985008"
					+ "687907853269984665640564039457584007913129639935)");
			assertThat(rows(statement, "SELECT id || ':' || token || ':' || amount FROM transfer ORDER BY id"))
				.containsExactly("1:USDC:250",
						"2:DAI:115792089237316195423570985008687907853269984665640564039457584007913129639935");
			assertThat(rows(statement, "SHOW server_version")).singleElement().asString().startsWith("17");
			assertThat(rows(statement, "SELECT version()")).singleElement().asString().startsWith("PostgreSQL 17");
			assertThat(rows(statement, "SELECT current_database()")).containsExactly(database.name());
		}
		assertThat(postgres.backend())
			.isEqualTo(DockerClientFactory.instance().isDockerAvailable() ? Backend.CONTAINER : Backend.EMBEDDED);
	}

	@Test
	void eachCallerGetsAFreshIsolatedDatabase() throws SQLException {
		Database first = PostgresServer.shared().createDatabase("isolated");
		Database second = PostgresServer.shared().createDatabase("isolated");
		assertThat(first.name()).startsWith("isolated_").isNotEqualTo(second.name());

		try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE only_in_first (value TEXT)");
			statement.execute("INSERT INTO only_in_first VALUES ('first')");
		}
		try (Connection connection = second.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(rows(statement, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
				.containsExactly("0");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeQuery("SELECT * FROM only_in_first"))
				.withMessageContaining("only_in_first");
		}
	}

	@Test
	void restartableServerKeepsItsUrlAndDataAcrossARestart() throws SQLException {
		try (RestartablePostgres postgres = RestartablePostgres.create()) {
			Database database = postgres.createDatabase("restart");
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE cursor (chain_id INT PRIMARY KEY, block BIGINT)");
				statement.execute("INSERT INTO cursor VALUES (31337, 42)");
			}

			postgres.stop();
			assertThat(postgres.isRunning()).isFalse();
			assertThatExceptionOfType(SQLException.class).isThrownBy(database::connect);

			postgres.start();
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				assertThat(rows(statement, "SELECT chain_id || ':' || block FROM cursor")).containsExactly("31337:42");
				assertThat(rows(statement, "SHOW server_version")).singleElement().asString().startsWith("17");
			}
		}
	}

	private static List<String> rows(Statement statement, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet resultSet = statement.executeQuery(sql)) {
			while (resultSet.next()) {
				rows.add(resultSet.getString(1));
			}
		}
		return rows;
	}

}
