package io.chainsignal.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database on a test PostgreSQL server, with what a client needs to connect to it.
 *
 * @param name the database name
 * @param jdbcUrl the JDBC URL, for {@code spring.datasource.url}
 * @param username the user, for {@code spring.datasource.username}
 * @param password the password, for {@code spring.datasource.password}
 */
public record Database(String name, String jdbcUrl, String username, String password) {

	/**
	 * Returns a simple, non-pooling data source for this database.
	 * @return a data source
	 */
	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(this.jdbcUrl);
		dataSource.setUser(this.username);
		dataSource.setPassword(this.password);
		return dataSource;
	}

	/**
	 * Opens a new connection; the caller closes it.
	 * @return a connection
	 * @throws SQLException if the server refuses it
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, this.username, this.password);
	}

	@Override
	public String toString() {
		return "Database[" + this.jdbcUrl + ", user " + this.username + "]";
	}

}
