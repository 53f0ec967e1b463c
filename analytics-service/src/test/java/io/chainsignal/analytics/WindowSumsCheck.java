package io.chainsignal.analytics;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The top-tokens window sums as stored, and as they must be: the sums of the rollups at
 * or after each window's stored start, computed here in plain SQL over the rollups (which
 * the tests check against their own computation).
 */
public final class WindowSumsCheck {

	private static final String COLUMNS = "transfers_1h || ' ' || volume_1h || ' ' || transfers_24h || ' ' || "
			+ "volume_24h || ' ' || transfers_7d || ' ' || volume_7d || ' ' || transfers_30d || ' ' || volume_30d";

	private WindowSumsCheck() {
	}

	/**
	 * The stored sums.
	 * @param jdbc a JDBC template on the store
	 * @param chainId the chain
	 * @return "n1h v1h n24h v24h n7d v7d n30d v30d" by token
	 */
	public static Map<String, String> actual(JdbcTemplate jdbc, long chainId) {
		return query(jdbc, "SELECT token_address, " + COLUMNS + " FROM analytics.token_windows WHERE chain_id = ?",
				chainId);
	}

	/**
	 * Where the stored sums differ from the sums of the rollups at or after the stored
	 * window starts, read in one statement so that an advancer run cannot fall between
	 * the two.
	 * @param jdbc a JDBC template on the store
	 * @param chainId the chain
	 * @return "stored / computed" by token, empty when they agree
	 */
	public static Map<String, String> mismatches(JdbcTemplate jdbc, long chainId) {
		return query(jdbc, """
				WITH stored AS (SELECT token_address, %1$s AS sums FROM analytics.token_windows WHERE chain_id = ?),
				computed AS (SELECT token_address, %1$s AS sums FROM (
					SELECT token_address,
						coalesce(sum(transfer_count) FILTER (WHERE w = '1h'), 0) AS transfers_1h,
						coalesce(sum(volume) FILTER (WHERE w = '1h'), 0) AS volume_1h,
						coalesce(sum(transfer_count) FILTER (WHERE w = '24h'), 0) AS transfers_24h,
						coalesce(sum(volume) FILTER (WHERE w = '24h'), 0) AS volume_24h,
						coalesce(sum(transfer_count) FILTER (WHERE w = '7d'), 0) AS transfers_7d,
						coalesce(sum(volume) FILTER (WHERE w = '7d'), 0) AS volume_7d,
						coalesce(sum(transfer_count) FILTER (WHERE w = '30d'), 0) AS transfers_30d,
						coalesce(sum(volume) FILTER (WHERE w = '30d'), 0) AS volume_30d
					FROM (
						SELECT s.label AS w, r.token_address, r.transfer_count, r.volume FROM analytics.rollups_hourly r
						JOIN analytics.window_starts s ON s.label IN ('1h', '24h') AND r.bucket_start >= s.start_at
						WHERE r.chain_id = ?
						UNION ALL
						SELECT s.label, r.token_address, r.transfer_count, r.volume FROM analytics.rollups_daily r
						JOIN analytics.window_starts s ON s.label IN ('7d', '30d') AND r.bucket_start >= s.start_at
						WHERE r.chain_id = ?
					) AS counted GROUP BY token_address) AS sums)
				SELECT coalesce(a.token_address, e.token_address), coalesce(a.sums, 'none') || ' / '
					|| coalesce(e.sums, 'none')
				FROM stored a FULL JOIN computed e ON a.token_address = e.token_address
				WHERE a.sums IS DISTINCT FROM e.sums
				""".formatted(COLUMNS), chainId, chainId, chainId);
	}

	private static Map<String, String> query(JdbcTemplate jdbc, String sql, Object... args) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.query(sql, (row) -> {
			rows.put(row.getString(1), row.getString(2));
		}, args);
		return rows;
	}

}
