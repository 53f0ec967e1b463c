package io.chainsignal.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.testsupport.postgres.Database;
import org.postgresql.PGConnection;

/**
 * The raw limit for the analytics store: {@code COPY} of the same transfer rows (the same
 * columns and text the service writes) into a bare table with only a primary key, on the
 * same PostgreSQL, in chunks of {@value #ROWS_PER_COPY} rows, each its own transaction.
 */
final class RawCopy {

	static final int ROWS_PER_COPY = 10_000;

	private RawCopy() {
	}

	/** Rows per second for the first {@code count} transfers of the workload. */
	static double rowsPerSecond(Database database, AnalyticsWorkload workload, long count) throws SQLException {
		try (Connection connection = database.connect()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("""
						CREATE TABLE raw_transfers (event_id text PRIMARY KEY, chain_id bigint NOT NULL,
							block_number bigint NOT NULL, block_hash text NOT NULL, block_timestamp bigint NOT NULL,
							transaction_hash text NOT NULL, transaction_index integer NOT NULL,
							log_index integer NOT NULL, batch_index integer NOT NULL, token_address text NOT NULL,
							token_standard text NOT NULL, from_address text NOT NULL, to_address text NOT NULL,
							operator_address text, value numeric(78, 0) NOT NULL, token_id numeric(78, 0),
							confirmed boolean NOT NULL)""");
			}
			// the rows are built before the clock starts: the limit is PostgreSQL's, not
			// the generator's
			String[] chunks = new String[(int) ((count + ROWS_PER_COPY - 1) / ROWS_PER_COPY)];
			for (int c = 0; c < chunks.length; c++) {
				StringBuilder text = new StringBuilder(ROWS_PER_COPY * 420);
				for (long i = (long) c * ROWS_PER_COPY; i < Math.min(count, (long) (c + 1) * ROWS_PER_COPY); i++) {
					line(text, workload.transfer(i));
				}
				chunks[c] = text.toString();
			}
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long start = System.nanoTime();
			for (String chunk : chunks) {
				copy.copyIn("COPY raw_transfers FROM STDIN", new StringReader(chunk));
			}
			double rate = count / ((System.nanoTime() - start) / 1e9);
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE raw_transfers");
			}
			return rate;
		}
		catch (IOException ex) {
			throw new SQLException("COPY into raw_transfers failed", ex);
		}
	}

	private static void line(StringBuilder text, TokenTransfer t) {
		text.append(t.eventId()).append('\t').append(t.chainId()).append('\t').append(t.blockNumber()).append('\t');
		text.append(t.blockHash()).append('\t').append(t.blockTimestamp()).append('\t').append(t.transactionHash());
		text.append('\t').append(t.transactionIndex()).append('\t').append(t.logIndex()).append('\t');
		text.append(t.batchIndex()).append('\t').append(t.tokenAddress()).append('\t').append(t.tokenStandard());
		text.append('\t').append(t.fromAddress()).append('\t').append(t.toAddress()).append('\t');
		text.append((t.operatorAddress() != null) ? t.operatorAddress() : "\\N").append('\t').append(t.value());
		text.append('\t').append((t.tokenId() != null) ? t.tokenId().toString() : "\\N").append("\tt\n");
	}

}
