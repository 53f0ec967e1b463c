package io.chainsignal.analytics.ingest;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.chainsignal.analytics.ingest.Deltas.BucketKey;
import io.chainsignal.analytics.ingest.Deltas.Buckets;
import io.chainsignal.analytics.ingest.Deltas.Granularity;
import io.chainsignal.analytics.ingest.Deltas.RollupDelta;
import io.chainsignal.analytics.ingest.Deltas.TokenKey;

/**
 * Per-token transfer counts and volumes of the top-tokens windows
 * ({@code token_windows}), kept equal to the sums of the rollups at or after each
 * window's stored start ({@code window_starts}, see {@code V5__window_sums.sql}):
 * ingestion adds a batch's rollup deltas to the windows they fall in,
 * {@link WindowAdvancer} moves the starts.
 */
final class WindowSums {

	/**
	 * True when a row's four transfer counts are zero (its volumes are then zero too).
	 */
	static final String ALL_ZERO = String.join(" AND ",
			Arrays.stream(TopTokensWindow.values()).map((w) -> "transfers_" + w.label + " = 0").toList());

	private static final String[] TYPES;

	/** One multi-row upsert adding the deltas of every window. */
	private static final String UPSERT;

	static {
		List<String> types = new ArrayList<>(List.of("bigint", "text"));
		StringBuilder names = new StringBuilder();
		StringBuilder values = new StringBuilder();
		StringBuilder arrays = new StringBuilder("?::bigint[], ?::text[]");
		StringBuilder aliases = new StringBuilder("c, k");
		List<String> updates = new ArrayList<>();
		for (TopTokensWindow window : TopTokensWindow.values()) {
			String w = window.label;
			types.addAll(List.of("bigint", "text"));
			names.append(", transfers_").append(w).append(", volume_").append(w);
			values.append(", n").append(w).append(", v").append(w).append("::numeric");
			arrays.append(", ?::bigint[], ?::text[]");
			aliases.append(", n").append(w).append(", v").append(w);
			updates.add("transfers_%1$s = t.transfers_%1$s + excluded.transfers_%1$s, volume_%1$s = t.volume_%1$s + "
				.formatted(w) + "excluded.volume_" + w);
		}
		TYPES = types.toArray(String[]::new);
		UPSERT = "INSERT INTO analytics.token_windows AS t (chain_id, token_address" + names + ") SELECT c, k" + values
				+ " FROM unnest(" + arrays + ") AS u(" + aliases
				+ ") ON CONFLICT (chain_id, token_address) DO UPDATE SET " + String.join(", ", updates)
				+ " RETURNING chain_id, token_address, " + ALL_ZERO;
	}

	private WindowSums() {
	}

	/**
	 * Adds the rollup deltas of a batch to the windows whose stored start they are at or
	 * after, holding the starts {@code FOR SHARE} until the commit so that the advancer
	 * cannot move one in between. Called after the rollups are written (their deltas then
	 * hold the final counts).
	 */
	static void apply(Connection connection, Buckets hourly, Buckets daily) throws SQLException {
		if (hourly.rollups().isEmpty() && daily.rollups().isEmpty()) {
			return;
		}
		Map<TopTokensWindow, Long> starts = lockStarts(connection);
		Map<TokenKey, Sums> sums = new TreeMap<>(TokenKey.ORDER);
		for (TopTokensWindow window : TopTokensWindow.values()) {
			Buckets buckets = (window.granularity == Granularity.HOURLY) ? hourly : daily;
			long start = starts.get(window);
			for (Map.Entry<BucketKey, RollupDelta> entry : buckets.rollups().entrySet()) {
				BucketKey bucket = entry.getKey();
				RollupDelta delta = entry.getValue();
				if (bucket.bucketStart() >= start && (delta.transfers() != 0 || delta.volume().signum() != 0)) {
					sums.computeIfAbsent(new TokenKey(bucket.chainId(), bucket.token()), (key) -> new Sums())
						.add(window.ordinal(), delta);
				}
			}
		}
		sums.values().removeIf(Sums::isZero);
		if (sums.isEmpty()) {
			return;
		}
		upsert(connection, sums);
	}

	private static Map<TopTokensWindow, Long> lockStarts(Connection connection) throws SQLException {
		Map<TopTokensWindow, Long> starts = new EnumMap<>(TopTokensWindow.class);
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT label, extract(epoch FROM start_at)::bigint FROM analytics.window_starts ORDER BY label "
						+ "FOR SHARE");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				for (TopTokensWindow window : TopTokensWindow.values()) {
					if (window.label.equals(rows.getString(1))) {
						starts.put(window, rows.getLong(2));
					}
				}
			}
		}
		if (starts.size() != TopTokensWindow.values().length) {
			throw new IllegalStateException("analytics.window_starts lacks a window: " + starts.keySet());
		}
		return starts;
	}

	private static void upsert(Connection connection, Map<TokenKey, Sums> sums) throws SQLException {
		int windows = TopTokensWindow.values().length;
		SqlArrays.Columns columns = new SqlArrays.Columns(sums.size());
		sums.forEach((key, sum) -> {
			columns.add(0, key.chainId());
			columns.add(1, key.token());
			for (int w = 0; w < windows; w++) {
				columns.add(2 + 2 * w, sum.transfers[w]);
				columns.add(3 + 2 * w, sum.volumes[w].toString());
			}
		});
		List<Object[]> empty = new ArrayList<>();
		try (PreparedStatement statement = SqlArrays.prepare(connection, UPSERT, columns, TYPES);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				if (rows.getBoolean(3)) {
					empty.add(new Object[] { rows.getLong(1), rows.getString(2) });
				}
			}
		}
		SqlArrays.deleteByKey(connection,
				"DELETE FROM analytics.token_windows WHERE chain_id = ? AND token_address = ? AND " + ALL_ZERO, empty);
	}

	/** A token's deltas per window. */
	private static final class Sums {

		final long[] transfers = new long[TopTokensWindow.values().length];

		final BigInteger[] volumes = new BigInteger[TopTokensWindow.values().length];

		Sums() {
			Arrays.fill(this.volumes, BigInteger.ZERO);
		}

		void add(int window, RollupDelta delta) {
			this.transfers[window] += delta.transfers();
			this.volumes[window] = this.volumes[window].add(delta.volume());
		}

		boolean isZero() {
			for (int w = 0; w < this.transfers.length; w++) {
				if (this.transfers[w] != 0 || this.volumes[w].signum() != 0) {
					return false;
				}
			}
			return true;
		}

	}

}
