package io.chainsignal.analytics.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Multi-row statements with one array parameter per column (for
 * {@code SELECT ... FROM unnest(?::bigint[], ?::text[], ...)}), and batched deletes by
 * primary key.
 */
final class SqlArrays {

	private SqlArrays() {
	}

	static void execute(Connection connection, String sql, Columns columns, String... types) throws SQLException {
		if (columns.size() == 0) {
			return;
		}
		try (PreparedStatement statement = prepare(connection, sql, columns, types)) {
			statement.executeUpdate();
		}
	}

	static PreparedStatement prepare(Connection connection, String sql, Columns columns, String... types)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < types.length; i++) {
			Array array = connection.createArrayOf(types[i], columns.values(i).toArray());
			statement.setArray(i + 1, array);
		}
		return statement;
	}

	/**
	 * Column-wise values of a multi-row statement, one array parameter per column.
	 */
	static final class Columns {

		private final List<List<Object>> columns = new ArrayList<>();

		private final int expectedRows;

		Columns(int expectedRows) {
			this.expectedRows = expectedRows;
		}

		void add(int column, Object value) {
			while (this.columns.size() <= column) {
				this.columns.add(new ArrayList<>(this.expectedRows));
			}
			this.columns.get(column).add(value);
		}

		List<Object> values(int column) {
			return this.columns.get(column);
		}

		int size() {
			return this.columns.isEmpty() ? 0 : this.columns.get(0).size();
		}

	}

	/**
	 * Deletes rows whose counter reached zero, by primary key: few per batch, and each an
	 * index lookup, where a join with an array could make the planner scan the table.
	 */
	static void deleteByKey(Connection connection, String sql, List<Object[]> keys) throws SQLException {
		if (keys.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (Object[] key : keys) {
				for (int i = 0; i < key.length; i++) {
					statement.setObject(i + 1, key[i]);
				}
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

}
