package io.chainsignal.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.chainsignal.testsupport.postgres.Database;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The structural ceiling of the analytics store: the rows the service's store holds,
 * copied out of it in one snapshot and loaded by {@code COPY} into empty copies of its
 * tables with every index ({@code LIKE ... INCLUDING ALL}), in chunks of
 * {@value RawCopy#ROWS_PER_COPY} rows each in its own transaction, as the raw
 * {@code COPY} does. No upsert, no conflict, no lock: only the final rows, so no ingest
 * design that keeps these tables and indexes can write them faster. Only the {@code COPY}
 * calls are timed, per table; the rows are read from the export before each call.
 */
final class AnalyticsStoreCeiling {

	private static final String SCHEMA = "bench_ceiling";

	private AnalyticsStoreCeiling() {
	}

	/** One table of the store, exported to a file. */
	record Export(String table, Path file, long rows) {
	}

	/** One table's load into its empty copy. */
	record Load(String table, long rows, long nanos) {

		double seconds() {
			return this.nanos / 1e9;
		}

	}

	/**
	 * Copies every table of schema {@code analytics} (but Flyway's history) out of the
	 * store, in one repeatable-read snapshot.
	 */
	static List<Export> export(Database database, Path directory) throws SQLException, IOException {
		Files.createDirectories(directory);
		List<Export> exports = new ArrayList<>();
		try (Connection connection = database.connect()) {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : tables(connection)) {
				Path file = directory.resolve(table + ".copy");
				long rows;
				try (OutputStream out = Files.newOutputStream(file)) {
					rows = copy.copyOut("COPY analytics." + table + " TO STDOUT", out);
				}
				exports.add(new Export(table, file, rows));
			}
			connection.commit();
		}
		return exports;
	}

	/**
	 * The tables' loads, and the CPU seconds PostgreSQL spent from the first COPY to the
	 * end of the last.
	 */
	record Loads(List<Load> tables, double postgresCpuSeconds) {
	}

	/**
	 * Loads the exported rows into empty copies of the tables, timed per table, then
	 * drops the copies.
	 */
	static Loads load(Database database, List<Export> exports, AnalyticsCpu cpu) throws SQLException, IOException {
		List<Load> loads = new ArrayList<>();
		double cpuSeconds;
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			statement.execute("CREATE SCHEMA " + SCHEMA);
			for (Export export : exports) {
				statement.execute("CREATE TABLE " + SCHEMA + "." + export.table() + " (LIKE analytics." + export.table()
						+ " INCLUDING ALL)");
			}
			statement.execute("CHECKPOINT");
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			cpuSeconds = cpu.postgres();
			for (Export export : exports) {
				loads.add(load(copy, export));
			}
			cpuSeconds = cpu.postgres() - cpuSeconds;
			statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
		}
		return new Loads(loads, cpuSeconds);
	}

	private static Load load(CopyManager copy, Export export) throws SQLException, IOException {
		String sql = "COPY " + SCHEMA + "." + export.table() + " FROM STDIN";
		long nanos = 0;
		long rows = 0;
		try (BufferedReader in = Files.newBufferedReader(export.file(), StandardCharsets.UTF_8)) {
			StringBuilder chunk = new StringBuilder(RawCopy.ROWS_PER_COPY * 420);
			int inChunk = 0;
			String line;
			while ((line = in.readLine()) != null) {
				chunk.append(line).append('\n');
				if (++inChunk == RawCopy.ROWS_PER_COPY) {
					nanos += timedCopy(copy, sql, chunk);
					rows += inChunk;
					chunk.setLength(0);
					inChunk = 0;
				}
			}
			if (inChunk > 0) {
				nanos += timedCopy(copy, sql, chunk);
				rows += inChunk;
			}
		}
		return new Load(export.table(), rows, nanos);
	}

	private static long timedCopy(CopyManager copy, String sql, StringBuilder chunk) throws SQLException, IOException {
		StringReader reader = new StringReader(chunk.toString());
		long start = System.nanoTime();
		copy.copyIn(sql, reader);
		return System.nanoTime() - start;
	}

	/** The rows and seconds of each table, for the report's notes. */
	static String describe(List<Load> loads) {
		List<String> parts = new ArrayList<>();
		for (Load load : loads) {
			parts.add(String.format(Locale.ROOT, "%s %,d rows in %.2f s", load.table(), load.rows(), load.seconds()));
		}
		return String.join(", ", parts);
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = 'analytics' AND table_type = 'BASE TABLE'
					AND table_name <> 'flyway_schema_history'
				ORDER BY table_name""")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

}
