package io.chainsignal.analytics.ingest;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.chainsignal.analytics.ingest.Deltas.BalanceKey;
import io.chainsignal.analytics.ingest.Deltas.BucketKey;
import io.chainsignal.analytics.ingest.Deltas.Buckets;
import io.chainsignal.analytics.ingest.Deltas.PartyKey;
import io.chainsignal.analytics.ingest.Deltas.RollupDelta;
import io.chainsignal.analytics.ingest.Deltas.TokenKey;
import io.chainsignal.common.transfer.TokenTransfer;

/**
 * Applies a batch's deltas to the derived tables (tokens, balances, parties, rollups,
 * chain progress) with multi-row {@code INSERT ... ON CONFLICT} statements, then deletes
 * rows whose counters reached zero, in the table order {@link BatchIngester} gives.
 */
final class DerivedRows {

	private DerivedRows() {
	}

	static void tokens(Connection connection, List<TokenTransfer> events) throws SQLException {
		Map<BucketKey, TokenTransfer> latest = new TreeMap<>(BucketKey.ORDER);
		for (TokenTransfer event : events) {
			BucketKey key = new BucketKey(event.chainId(), event.tokenAddress(), 0);
			TokenTransfer previous = latest.get(key);
			if (previous == null || event.token() != null) {
				latest.put(key, event);
			}
		}
		SqlArrays.Columns columns = new SqlArrays.Columns(latest.size());
		latest.values().forEach((event) -> {
			columns.add(0, event.chainId());
			columns.add(1, event.tokenAddress());
			columns.add(2, event.tokenStandard().name());
			columns.add(3, (event.token() != null) ? event.token().symbol() : null);
			columns.add(4, (event.token() != null) ? event.token().name() : null);
			columns.add(5, (event.token() != null) ? event.token().decimals() : null);
		});
		// New tokens are inserted without touching existing rows, and only rows whose
		// metadata changes are updated: an ON CONFLICT DO UPDATE would lock every token
		// of
		// the batch until the commit, which serialises concurrent batches on popular
		// tokens.
		SqlArrays.execute(connection, """
				INSERT INTO analytics.tokens (chain_id, token_address, token_standard, symbol, name, decimals)
				SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])
				ON CONFLICT (chain_id, token_address) DO NOTHING
				""", columns, "bigint", "text", "text", "text", "text", "int4");
		SqlArrays.execute(connection, """
				UPDATE analytics.tokens AS k
				SET symbol = coalesce(u.s, k.symbol), name = coalesce(u.n, k.name), decimals = coalesce(u.d, k.decimals)
				FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[]) AS u(c, t, st, s, n, d)
				WHERE k.chain_id = u.c AND k.token_address = u.t
					AND (k.symbol, k.name, k.decimals) IS DISTINCT FROM
					(coalesce(u.s, k.symbol), coalesce(u.n, k.name), coalesce(u.d, k.decimals))
				""", columns, "bigint", "text", "text", "text", "text", "int4");
	}

	/**
	 * Applies balance deltas and returns how the number of positive balances moves per
	 * token (a balance crossing zero upwards adds a holder, downwards removes one).
	 */
	static Map<TokenKey, Long> balances(Connection connection, Map<BalanceKey, BigInteger> deltas) throws SQLException {
		Map<TokenKey, Long> holders = new TreeMap<>(TokenKey.ORDER);
		if (deltas.isEmpty()) {
			return holders;
		}
		SqlArrays.Columns columns = new SqlArrays.Columns(deltas.size());
		deltas.forEach((key, delta) -> {
			columns.add(0, key.chainId());
			columns.add(1, key.token());
			columns.add(2, key.holder());
			columns.add(3, delta.toString());
		});
		List<Object[]> zero = new ArrayList<>();
		try (PreparedStatement statement = SqlArrays.prepare(connection, """
				INSERT INTO analytics.balances AS b (chain_id, token_address, holder, balance)
				SELECT c, t, h, v::numeric FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) AS u(c, t, h, v)
				ON CONFLICT (chain_id, holder, token_address) DO UPDATE SET balance = b.balance + excluded.balance
				RETURNING chain_id, token_address, holder, balance::text
				""", columns, "bigint", "text", "text", "text"); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				BalanceKey key = new BalanceKey(rows.getLong(1), rows.getString(2), rows.getString(3));
				BigInteger after = new BigInteger(rows.getString(4));
				int before = after.subtract(deltas.get(key)).signum();
				if (after.signum() == 0) {
					zero.add(new Object[] { key.chainId(), key.token(), key.holder() });
				}
				if (before <= 0 && after.signum() > 0) {
					holders.merge(new TokenKey(key.chainId(), key.token()), 1L, Long::sum);
				}
				else if (before > 0 && after.signum() <= 0) {
					holders.merge(new TokenKey(key.chainId(), key.token()), -1L, Long::sum);
				}
			}
		}
		SqlArrays.deleteByKey(connection,
				"DELETE FROM analytics.balances WHERE chain_id = ? AND token_address = ? AND holder = ? AND balance = 0",
				zero);
		holders.values().removeIf((change) -> change == 0);
		return holders;
	}

	/**
	 * Applies the changes of the holder counts; called late in the transaction, since a
	 * popular token's row is shared by every concurrent batch.
	 */
	static void holders(Connection connection, Map<TokenKey, Long> changes) throws SQLException {
		if (changes.isEmpty()) {
			return;
		}
		SqlArrays.Columns columns = new SqlArrays.Columns(changes.size());
		changes.forEach((key, change) -> {
			columns.add(0, key.chainId());
			columns.add(1, key.token());
			columns.add(2, change);
		});
		List<Object[]> zero = new ArrayList<>();
		try (PreparedStatement statement = SqlArrays.prepare(connection, """
				INSERT INTO analytics.token_holders AS h (chain_id, token_address, holders)
				SELECT * FROM unnest(?::bigint[], ?::text[], ?::bigint[])
				ON CONFLICT (chain_id, token_address) DO UPDATE SET holders = h.holders + excluded.holders
				RETURNING chain_id, token_address, holders = 0
				""", columns, "bigint", "text", "bigint"); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				if (rows.getBoolean(3)) {
					zero.add(new Object[] { rows.getLong(1), rows.getString(2) });
				}
			}
		}
		SqlArrays.deleteByKey(connection,
				"DELETE FROM analytics.token_holders WHERE chain_id = ? AND token_address = ? AND holders = 0", zero);
	}

	/**
	 * Applies party deltas and turns rows appearing or disappearing into distinct-count
	 * changes of the bucket's rollup delta.
	 */
	static void parties(Connection connection, Buckets buckets) throws SQLException {
		Map<PartyKey, Long> parties = buckets.parties();
		if (!parties.isEmpty()) {
			SqlArrays.Columns columns = new SqlArrays.Columns(parties.size());
			parties.forEach((key, delta) -> {
				columns.add(0, key.bucket().chainId());
				columns.add(1, key.bucket().token());
				columns.add(2, key.bucket().bucketStart());
				columns.add(3, key.role());
				columns.add(4, key.address());
				columns.add(5, delta);
			});
			String table = "analytics." + buckets.granularity().partyTable;
			String upsert = "INSERT INTO " + table + " AS p (chain_id, token_address, bucket_start, role, address, "
					+ "transfers) SELECT c, t, to_timestamp(b), r, a, n FROM unnest(?::bigint[], ?::text[], "
					+ "?::bigint[], ?::text[], ?::text[], ?::bigint[]) AS u(c, t, b, r, a, n) "
					+ "ON CONFLICT (chain_id, token_address, bucket_start, role, address) DO UPDATE "
					+ "SET transfers = p.transfers + excluded.transfers "
					+ "RETURNING chain_id, token_address, extract(epoch FROM bucket_start)::bigint, role, address, "
					+ "transfers";
			List<Object[]> zero = new ArrayList<>();
			try (PreparedStatement statement = SqlArrays.prepare(connection, upsert, columns, "bigint", "text",
					"bigint", "text", "text", "bigint"); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					PartyKey key = new PartyKey(new BucketKey(rows.getLong(1), rows.getString(2), rows.getLong(3)),
							rows.getString(4), rows.getString(5));
					long after = rows.getLong(6);
					long before = after - parties.get(key);
					if (after == 0) {
						zero.add(new Object[] { key.bucket().chainId(), key.bucket().token(),
								key.bucket().bucketStart(), key.role(), key.address() });
					}
					if (before <= 0 && after > 0) {
						buckets.distinctChanged(key, 1);
					}
					else if (before > 0 && after <= 0) {
						buckets.distinctChanged(key, -1);
					}
				}
			}
			SqlArrays.deleteByKey(connection,
					"DELETE FROM " + table + " WHERE chain_id = ? AND token_address = ? "
							+ "AND bucket_start = to_timestamp(?) AND role = ? AND address = ? AND transfers = 0",
					zero);
		}
	}

	/**
	 * Applies the rollup deltas, distinct-count changes included: after the parties of
	 * every address.
	 */
	static void rollups(Connection connection, Buckets buckets) throws SQLException {
		Map<BucketKey, RollupDelta> rollups = new LinkedHashMap<>(buckets.rollups());
		rollups.values().removeIf(RollupDelta::isZero);
		if (rollups.isEmpty()) {
			return;
		}
		SqlArrays.Columns columns = new SqlArrays.Columns(rollups.size());
		rollups.forEach((key, delta) -> {
			columns.add(0, key.chainId());
			columns.add(1, key.token());
			columns.add(2, key.bucketStart());
			columns.add(3, delta.transfers());
			columns.add(4, delta.volume().toString());
			columns.add(5, delta.senders());
			columns.add(6, delta.receivers());
		});
		String table = "analytics." + buckets.granularity().rollupTable;
		List<Object[]> zero = new ArrayList<>();
		try (PreparedStatement statement = SqlArrays.prepare(connection, "INSERT INTO " + table + " AS r (chain_id, "
				+ "token_address, bucket_start, transfer_count, volume, distinct_senders, distinct_receivers) "
				+ "SELECT c, t, to_timestamp(b), n, v::numeric, s, x FROM unnest(?::bigint[], ?::text[], ?::bigint[], "
				+ "?::bigint[], ?::text[], ?::bigint[], ?::bigint[]) AS u(c, t, b, n, v, s, x) "
				+ "ON CONFLICT (chain_id, token_address, bucket_start) DO UPDATE "
				+ "SET transfer_count = r.transfer_count + excluded.transfer_count, volume = r.volume + excluded.volume, "
				+ "distinct_senders = r.distinct_senders + excluded.distinct_senders, "
				+ "distinct_receivers = r.distinct_receivers + excluded.distinct_receivers "
				+ "RETURNING chain_id, token_address, extract(epoch FROM bucket_start)::bigint, transfer_count = 0",
				columns, "bigint", "text", "bigint", "bigint", "text", "bigint", "bigint");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				if (rows.getBoolean(4)) {
					zero.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getLong(3) });
				}
			}
		}
		SqlArrays.deleteByKey(connection, "DELETE FROM " + table + " WHERE chain_id = ? AND token_address = ? "
				+ "AND bucket_start = to_timestamp(?) AND transfer_count = 0", zero);
	}

	static void progress(Connection connection, List<TokenTransfer> events, Lifecycle.Plan plan,
			Map<Long, Long> deadLettered) throws SQLException {
		Map<Long, long[]> chains = new TreeMap<>();
		deadLettered.forEach((chainId,
				count) -> chains.computeIfAbsent(chainId, (id) -> new long[] { -1, 0, 0, 0, 0, 0 })[5] = count);
		for (TokenTransfer event : events) {
			long[] chain = chains.computeIfAbsent(event.chainId(), (id) -> new long[] { -1, 0, 0, 0, 0, 0 });
			if (event.blockNumber() > chain[0]) {
				chain[0] = event.blockNumber();
				chain[1] = event.blockTimestamp();
			}
			chain[2]++;
		}
		plan.removed().forEach((p) -> chains.get(p.chainId())[p.confirmed() ? 3 : 4]--);
		plan.added().forEach((p) -> chains.get(p.chainId())[p.confirmed() ? 3 : 4]++);
		SqlArrays.Columns columns = new SqlArrays.Columns(chains.size());
		chains.forEach((chainId, chain) -> {
			columns.add(0, chainId);
			for (int i = 0; i < chain.length; i++) {
				columns.add(i + 1, chain[i]);
			}
		});
		SqlArrays.execute(connection, """
				INSERT INTO analytics.chain_progress AS p (chain_id, last_block, last_block_timestamp, events_ingested,
					confirmed_transfers, pending_transfers, dead_lettered, updated_at)
				SELECT c, b, ts, n, cf, pd, dl, now()
				FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
					AS u(c, b, ts, n, cf, pd, dl)
				ON CONFLICT (chain_id) DO UPDATE
				SET last_block = greatest(p.last_block, excluded.last_block),
					last_block_timestamp = CASE WHEN excluded.last_block > p.last_block
						THEN excluded.last_block_timestamp ELSE p.last_block_timestamp END,
					events_ingested = p.events_ingested + excluded.events_ingested,
					confirmed_transfers = p.confirmed_transfers + excluded.confirmed_transfers,
					pending_transfers = p.pending_transfers + excluded.pending_transfers,
					dead_lettered = p.dead_lettered + excluded.dead_lettered,
					updated_at = now()
				""", columns, "bigint", "bigint", "bigint", "bigint", "bigint", "bigint", "bigint");
	}

}
