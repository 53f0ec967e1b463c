package io.chainsignal.analytics;

import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.chainsignal.common.transfer.TokenTransfer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the store must hold, computed in the test from the transfers that are finally
 * canonical and confirmed, without any of the service's code: balances as net flows and
 * hourly rollups.
 */
public final class ExpectedStore {

	private final Map<String, BigInteger> balances = new TreeMap<>();

	private final Map<String, String> hourly = new TreeMap<>();

	/**
	 * Computes the expected content.
	 * @param confirmed the confirmed, canonical transfers of one chain
	 */
	public ExpectedStore(Collection<TokenTransfer> confirmed) {
		Map<String, Long> counts = new TreeMap<>();
		Map<String, BigInteger> volumes = new TreeMap<>();
		Map<String, Set<String>> senders = new TreeMap<>();
		Map<String, Set<String>> receivers = new TreeMap<>();
		for (TokenTransfer t : confirmed) {
			if (!t.fromAddress().equals(TestEvents.ZERO)) {
				this.balances.merge(t.tokenAddress() + " " + t.fromAddress(), t.value().negate(), BigInteger::add);
			}
			if (!t.toAddress().equals(TestEvents.ZERO)) {
				this.balances.merge(t.tokenAddress() + " " + t.toAddress(), t.value(), BigInteger::add);
			}
			String bucket = t.tokenAddress() + " " + (t.blockTimestamp() / 3600 * 3600);
			counts.merge(bucket, 1L, Long::sum);
			volumes.merge(bucket, t.value(), BigInteger::add);
			Set<String> from = senders.computeIfAbsent(bucket, (b) -> new HashSet<>());
			Set<String> to = receivers.computeIfAbsent(bucket, (b) -> new HashSet<>());
			if (!t.fromAddress().equals(TestEvents.ZERO)) {
				from.add(t.fromAddress());
			}
			if (!t.toAddress().equals(TestEvents.ZERO)) {
				to.add(t.toAddress());
			}
		}
		this.balances.values().removeIf((balance) -> balance.signum() == 0);
		counts.forEach((bucket, count) -> this.hourly.put(bucket, count + " " + volumes.get(bucket) + " "
				+ senders.get(bucket).size() + " " + receivers.get(bucket).size()));
	}

	/**
	 * Net flows by "token holder".
	 * @return the balances, without zeros
	 */
	public Map<String, BigInteger> balances() {
		return this.balances;
	}

	/**
	 * Hourly rollups by "token bucketStartSeconds": "count volume senders receivers".
	 * @return the rollups
	 */
	public Map<String, String> hourly() {
		return this.hourly;
	}

	/**
	 * Holders with a positive net flow, by token.
	 * @return the counts, without zeros
	 */
	public Map<String, Long> holders() {
		Map<String, Long> holders = new TreeMap<>();
		this.balances.forEach((key, balance) -> {
			if (balance.signum() > 0) {
				holders.merge(key.substring(0, key.indexOf(' ')), 1L, Long::sum);
			}
		});
		return holders;
	}

	/**
	 * The store's holder counts of a chain, in the same form.
	 * @param jdbc the store
	 * @param chainId the chain
	 * @return the counts
	 */
	public static Map<String, Long> actualHolders(JdbcTemplate jdbc, long chainId) {
		Map<String, Long> actual = new TreeMap<>();
		jdbc.query("SELECT token_address, holders FROM analytics.token_holders WHERE chain_id = ?", (row) -> {
			actual.put(row.getString(1), row.getLong(2));
		}, chainId);
		return actual;
	}

	/**
	 * The store's balances of a chain, in the same form.
	 * @param jdbc the store
	 * @param chainId the chain
	 * @return the balances
	 */
	public static Map<String, BigInteger> actualBalances(JdbcTemplate jdbc, long chainId) {
		Map<String, BigInteger> actual = new TreeMap<>();
		jdbc.query("SELECT token_address, holder, balance FROM analytics.balances WHERE chain_id = ?", (row) -> {
			actual.put(row.getString(1) + " " + row.getString(2), row.getBigDecimal(3).toBigIntegerExact());
		}, chainId);
		return actual;
	}

	/**
	 * The store's hourly rollups of a chain, in the same form.
	 * @param jdbc the store
	 * @param chainId the chain
	 * @return the rollups
	 */
	public static Map<String, String> actualHourly(JdbcTemplate jdbc, long chainId) {
		Map<String, String> actual = new TreeMap<>();
		jdbc.query(
				"SELECT token_address, extract(epoch FROM bucket_start)::bigint, transfer_count, volume, "
						+ "distinct_senders, distinct_receivers FROM analytics.rollups_hourly WHERE chain_id = ?",
				(row) -> {
					actual.put(row.getString(1) + " " + row.getLong(2), row.getLong(3) + " "
							+ row.getBigDecimal(4).toBigIntegerExact() + " " + row.getLong(5) + " " + row.getLong(6));
				}, chainId);
		return actual;
	}

}
