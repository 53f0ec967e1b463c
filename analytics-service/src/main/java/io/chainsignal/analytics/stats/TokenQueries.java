package io.chainsignal.analytics.stats;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.analytics.ingest.TopTokensWindow;
import io.chainsignal.analytics.stats.TokenViews.Holder;
import io.chainsignal.analytics.stats.TokenViews.Metadata;
import io.chainsignal.analytics.stats.TokenViews.SeriesPoint;
import io.chainsignal.analytics.stats.TokenViews.TopToken;
import io.chainsignal.analytics.web.Amounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL over the rollups and balances for the token endpoints.
 */
@Component
class TokenQueries {

	private final JdbcClient jdbc;

	TokenQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TopToken> top(TopTokensWindow window, Sort sort, Instant since, Long chainId, int limit) {
		// Rank the per-token sums that ingestion keeps for the window (token_windows, one
		// row per token) instead of summing every rollup row of the window. They count
		// the buckets from the window's stored start; when the advancer has not moved it
		// to since yet (or since is before it), the rollups between the two are
		// subtracted (or added) in the same statement, so the answer is exact either way.
		// Metadata is joined to the few rows returned only.
		String chain = (chainId != null) ? " AND chain_id = :chainId" : "";
		String sql = "WITH s AS (SELECT start_at FROM analytics.window_starts WHERE label = :label), "
				+ "counted AS (SELECT chain_id, token_address, transfers_" + window.label() + " AS n, volume_"
				+ window.label() + " AS v FROM analytics.token_windows WHERE transfers_" + window.label() + " > 0"
				+ chain + " UNION ALL SELECT r.chain_id, r.token_address, "
				+ "CASE WHEN r.bucket_start < :since THEN -r.transfer_count ELSE r.transfer_count END, "
				+ "CASE WHEN r.bucket_start < :since THEN -r.volume ELSE r.volume END FROM analytics."
				+ window.rollupTable()
				+ " r, s WHERE r.bucket_start >= least(s.start_at, :since) AND r.bucket_start < greatest(s.start_at, "
				+ ":since)" + chain.replace("chain_id", "r.chain_id") + "), "
				+ "ranked AS (SELECT chain_id, token_address, sum(n) AS transfers, sum(v) AS volume FROM counted "
				+ "GROUP BY chain_id, token_address HAVING sum(n) > 0 ORDER BY " + sort.orderBy
				+ ", chain_id, token_address LIMIT :limit) "
				+ "SELECT r.chain_id, r.token_address, r.transfers, r.volume, k.token_standard, k.symbol, k.name, "
				+ "k.decimals FROM ranked r "
				+ "LEFT JOIN analytics.tokens k ON k.chain_id = r.chain_id AND k.token_address = r.token_address "
				+ "ORDER BY " + sort.orderBy + ", r.chain_id, r.token_address";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("label", window.label())
			.param("since", Timestamp.from(since))
			.param("limit", limit);
		if (chainId != null) {
			statement = statement.param("chainId", chainId);
		}
		return statement.query((row, n) -> {
			Metadata metadata = metadata(row);
			BigInteger volume = row.getBigDecimal("volume").toBigIntegerExact();
			return new TopToken(row.getLong("chain_id"), row.getString("token_address"), metadata,
					row.getLong("transfers"), Amounts.raw(volume),
					Amounts.adjusted(volume, (metadata != null) ? metadata.decimals() : null));
		}).list();
	}

	private static Metadata metadata(ResultSet row) throws SQLException {
		String standard = row.getString("token_standard");
		if (standard == null) {
			return null;
		}
		int decimals = row.getInt("decimals");
		return new Metadata(standard, row.getString("symbol"), row.getString("name"), row.wasNull() ? null : decimals);
	}

	Totals totals(long chainId, String token) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(transfer_count), 0) AS transfers, coalesce(sum(volume), 0) AS volume,
					(SELECT min(bucket_start) FROM analytics.rollups_hourly
						WHERE chain_id = :chainId AND token_address = :token) AS first_activity,
					(SELECT max(bucket_start) FROM analytics.rollups_hourly
						WHERE chain_id = :chainId AND token_address = :token) AS last_activity,
					(SELECT coalesce(max(holders), 0) FROM analytics.token_holders
						WHERE chain_id = :chainId AND token_address = :token) AS holders
				FROM analytics.rollups_daily WHERE chain_id = :chainId AND token_address = :token
				""").param("chainId", chainId).param("token", token).query((row, n) -> {
			Timestamp first = row.getTimestamp("first_activity");
			Timestamp last = row.getTimestamp("last_activity");
			return new Totals(row.getLong("transfers"), row.getBigDecimal("volume").toBigIntegerExact(),
					row.getLong("holders"), (first != null) ? first.toInstant() : null,
					(last != null) ? last.toInstant() : null);
		}).single();
	}

	List<SeriesPoint> series(long chainId, String token, Interval interval, Instant from, Instant to,
			Integer decimals) {
		Map<Instant, SeriesPoint> stored = new HashMap<>();
		this.jdbc
			.sql("SELECT bucket_start, transfer_count, volume, distinct_senders, distinct_receivers FROM analytics."
					+ interval.table + " WHERE chain_id = :chainId AND token_address = :token "
					+ "AND bucket_start >= :from AND bucket_start < :to")
			.param("chainId", chainId)
			.param("token", token)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((row, n) -> {
				BigInteger volume = row.getBigDecimal("volume").toBigIntegerExact();
				Instant start = row.getTimestamp("bucket_start").toInstant();
				return new SeriesPoint(start, row.getLong("transfer_count"), Amounts.raw(volume),
						Amounts.adjusted(volume, decimals), row.getLong("distinct_senders"),
						row.getLong("distinct_receivers"));
			})
			.list()
			.forEach((point) -> stored.put(point.bucketStart(), point));
		List<SeriesPoint> points = new ArrayList<>();
		for (Instant start = from; start.isBefore(to); start = start.plusSeconds(interval.seconds)) {
			SeriesPoint point = stored.get(start);
			points.add((point != null) ? point
					: new SeriesPoint(start, 0, "0", Amounts.adjusted(BigInteger.ZERO, decimals), 0, 0));
		}
		return points;
	}

	List<Holder> holders(long chainId, String token, int limit, Integer decimals) {
		return this.jdbc.sql("""
				SELECT holder, balance FROM analytics.balances
				WHERE chain_id = :chainId AND token_address = :token AND balance > 0
				ORDER BY balance DESC, holder LIMIT :limit
				""").param("chainId", chainId).param("token", token).param("limit", limit).query((row, n) -> {
			BigInteger balance = row.getBigDecimal("balance").toBigIntegerExact();
			return new Holder(row.getString("holder"), Amounts.raw(balance), Amounts.adjusted(balance, decimals));
		}).list();
	}

	/**
	 * All-time totals of a token.
	 *
	 * @param transfers confirmed transfers
	 * @param volume their volume
	 * @param holders holders with a positive net flow
	 * @param firstActivity first active hour, or null
	 * @param lastActivity last active hour, or null
	 */
	record Totals(long transfers, BigInteger volume, long holders, Instant firstActivity, Instant lastActivity) {
	}

}
