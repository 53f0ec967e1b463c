package io.chainsignal.analytics.transfers;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import io.chainsignal.analytics.transfers.TransferViews.Balance;
import io.chainsignal.analytics.transfers.TransferViews.Transfer;
import io.chainsignal.analytics.web.Amounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL over the transfers and balances tables for the address and transaction endpoints.
 */
@Component
class TransferQueries {

	private static final String ORDER = " ORDER BY block_number DESC, log_index DESC, batch_index DESC, event_id DESC";

	private static final String ORDER_T = " ORDER BY t.block_number DESC, t.log_index DESC, t.batch_index DESC, "
			+ "t.event_id DESC";

	private static final String SELECT = "SELECT t.*, k.symbol, k.decimals FROM ";

	private static final String JOIN = " t LEFT JOIN analytics.tokens k ON k.chain_id = t.chain_id "
			+ "AND k.token_address = t.token_address";

	private final JdbcClient jdbc;

	TransferQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of an address's transfers, newest first, fetching one more than asked to
	 * know whether another page follows. The page's event ids come from the address's
	 * index alone (it carries the token, so a token filter is checked on the index
	 * entries), and only the page's rows are read from the table.
	 */
	List<Transfer> page(long chainId, String address, String token, Direction direction, Cursor after, int rows) {
		String filter = ((token != null) ? " AND token_address = :token" : "") + ((after != null)
				? " AND (block_number, log_index, batch_index, event_id) < (:block, :log, :batch, :event)" : "");
		String sent = "(SELECT event_id, block_number, log_index, batch_index FROM analytics.transfers "
				+ "WHERE chain_id = :chainId AND from_address = :address" + filter + ORDER + " LIMIT :rows)";
		String received = "(SELECT event_id, block_number, log_index, batch_index FROM analytics.transfers "
				+ "WHERE chain_id = :chainId AND to_address = :address" + filter + ORDER + " LIMIT :rows)";
		String ids = switch (direction) {
			case OUT -> sent;
			case IN -> received;
			case ANY -> "(" + sent + " UNION " + received + ")";
		};
		String sql = SELECT + "(SELECT event_id FROM " + ids + " AS i" + ORDER + " LIMIT :rows) AS p "
				+ "JOIN analytics.transfers t ON t.event_id = p.event_id LEFT JOIN analytics.tokens k "
				+ "ON k.chain_id = t.chain_id AND k.token_address = t.token_address" + ORDER_T;
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("chainId", chainId)
			.param("address", address)
			.param("rows", rows);
		if (token != null) {
			statement = statement.param("token", token);
		}
		if (after != null) {
			statement = statement.param("block", after.blockNumber())
				.param("log", after.logIndex())
				.param("batch", after.batchIndex())
				.param("event", after.eventId());
		}
		return statement.query((row, n) -> transfer(row)).list();
	}

	/**
	 * A transaction's transfers, read as the range of event ids that start with
	 * {@code {chain_id}:{transaction_hash}:} (the primary key; ';' follows ':' in byte
	 * order), since transfers has no index by transaction.
	 */
	List<Transfer> transaction(long chainId, String transactionHash) {
		String prefix = chainId + ":" + transactionHash + ":";
		return this.jdbc
			.sql(SELECT + "analytics.transfers" + JOIN + " WHERE t.event_id >= :first AND t.event_id < :after"
					+ " AND t.chain_id = :chainId AND t.transaction_hash = :tx ORDER BY t.log_index, t.batch_index")
			.param("first", prefix)
			.param("after", chainId + ":" + transactionHash + ";")
			.param("chainId", chainId)
			.param("tx", transactionHash)
			.query((row, n) -> transfer(row))
			.list();
	}

	List<Balance> balances(long chainId, String address, int limit) {
		return this.jdbc.sql("""
				SELECT b.token_address, b.balance, k.token_standard, k.symbol, k.decimals
				FROM analytics.balances b
				LEFT JOIN analytics.tokens k ON k.chain_id = b.chain_id AND k.token_address = b.token_address
				WHERE b.chain_id = :chainId AND b.holder = :address ORDER BY b.token_address LIMIT :limit
				""").param("chainId", chainId).param("address", address).param("limit", limit).query((row, n) -> {
			BigInteger balance = row.getBigDecimal("balance").toBigIntegerExact();
			return new Balance(row.getString("token_address"), row.getString("token_standard"), row.getString("symbol"),
					Amounts.raw(balance), Amounts.adjusted(balance, decimals(row)));
		}).list();
	}

	private static Transfer transfer(ResultSet row) throws SQLException {
		BigInteger value = row.getBigDecimal("value").toBigIntegerExact();
		String tokenId = row.getString("token_id");
		return new Transfer(row.getString("event_id"), row.getBoolean("confirmed") ? "CONFIRMED" : "PENDING",
				row.getLong("chain_id"), row.getLong("block_number"), row.getString("block_hash"),
				Instant.ofEpochSecond(row.getLong("block_timestamp")), row.getString("transaction_hash"),
				row.getInt("log_index"), row.getInt("batch_index"), row.getString("token_address"),
				row.getString("token_standard"), row.getString("symbol"), row.getString("from_address"),
				row.getString("to_address"), row.getString("operator_address"), Amounts.raw(value),
				Amounts.adjusted(value, decimals(row)), tokenId);
	}

	private static Integer decimals(ResultSet row) throws SQLException {
		int decimals = row.getInt("decimals");
		return row.wasNull() ? null : decimals;
	}

}
