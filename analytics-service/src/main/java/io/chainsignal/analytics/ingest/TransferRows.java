package io.chainsignal.analytics.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * Reads, deletes and bulk-inserts rows of {@code analytics.transfers} on the ingest
 * transaction's connection; inserts go through PostgreSQL's {@code COPY}.
 */
final class TransferRows {

	private static final String COLUMNS = "event_id, chain_id, block_number, block_hash, block_timestamp, "
			+ "transaction_hash, transaction_index, log_index, batch_index, token_address, token_standard, "
			+ "from_address, to_address, operator_address, value, token_id, confirmed";

	private TransferRows() {
	}

	/**
	 * Loads and locks the applied placements of some events, so that a second consumer
	 * working on the same partition during a rebalance waits, then sees the outcome.
	 */
	static Map<String, Placement> lockApplied(Connection connection, Collection<String> eventIds) throws SQLException {
		Map<String, Placement> applied = new HashMap<>();
		String sql = "SELECT " + COLUMNS + " FROM analytics.transfers WHERE event_id = ANY(?) FOR UPDATE";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					Placement placement = read(rows);
					applied.put(placement.eventId(), placement);
				}
			}
		}
		return applied;
	}

	private static Placement read(ResultSet rows) throws SQLException {
		String tokenId = rows.getString("token_id");
		return new Placement(rows.getString("event_id"), rows.getLong("chain_id"), rows.getLong("block_number"),
				rows.getString("block_hash"), rows.getLong("block_timestamp"), rows.getString("transaction_hash"),
				rows.getInt("transaction_index"), rows.getInt("log_index"), rows.getInt("batch_index"),
				rows.getString("token_address"), rows.getString("token_standard"), rows.getString("from_address"),
				rows.getString("to_address"), rows.getString("operator_address"),
				new BigInteger(rows.getString("value")), (tokenId != null) ? new BigInteger(tokenId) : null,
				rows.getBoolean("confirmed"));
	}

	/**
	 * Deletes placements, failing when one is already gone (another consumer undid it
	 * first), so that the batch is retried instead of undoing twice.
	 */
	static void delete(Connection connection, List<Placement> placements) throws SQLException {
		if (placements.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("DELETE FROM analytics.transfers WHERE event_id = ANY(?)")) {
			statement.setArray(1,
					connection.createArrayOf("text", placements.stream().map(Placement::eventId).toArray()));
			int deleted = statement.executeUpdate();
			if (deleted != placements.size()) {
				throw new SQLException("Expected to delete " + placements.size() + " transfers but deleted " + deleted
						+ ": another consumer changed them concurrently; the batch will be retried");
			}
		}
	}

	/** Inserts placements with one {@code COPY}. */
	static void copy(Connection connection, List<Placement> placements) throws SQLException {
		if (placements.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(placements.size() * 420);
		for (Placement p : placements) {
			text.append(p.eventId())
				.append('\t')
				.append(p.chainId())
				.append('\t')
				.append(p.blockNumber())
				.append('\t')
				.append(p.blockHash())
				.append('\t')
				.append(p.blockTimestamp())
				.append('\t')
				.append(p.transactionHash())
				.append('\t')
				.append(p.transactionIndex())
				.append('\t')
				.append(p.logIndex())
				.append('\t')
				.append(p.batchIndex())
				.append('\t')
				.append(p.tokenAddress())
				.append('\t')
				.append(p.tokenStandard())
				.append('\t')
				.append(p.fromAddress())
				.append('\t')
				.append(p.toAddress())
				.append('\t')
				.append((p.operatorAddress() != null) ? p.operatorAddress() : "\\N")
				.append('\t')
				.append(p.value())
				.append('\t')
				.append((p.tokenId() != null) ? p.tokenId().toString() : "\\N")
				.append('\t')
				.append(p.confirmed() ? 't' : 'f')
				.append('\n');
		}
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY analytics.transfers (" + COLUMNS + ") FROM STDIN", new StringReader(text.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into analytics.transfers failed", ex);
		}
	}

}
