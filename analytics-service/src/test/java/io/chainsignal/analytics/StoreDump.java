package io.chainsignal.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every data table's rows for one chain, in a stable order, so that tests can compare the
 * whole store before and after a replay.
 */
public final class StoreDump {

	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("transfers", "event_id");
		TABLES.put("tokens", "token_address");
		TABLES.put("balances", "token_address, holder");
		TABLES.put("token_holders", "token_address");
		TABLES.put("rollups_hourly", "token_address, bucket_start");
		TABLES.put("rollups_daily", "token_address, bucket_start");
		TABLES.put("parties_hourly", "token_address, bucket_start, role, address");
		TABLES.put("parties_daily", "token_address, bucket_start, role, address");
	}

	private StoreDump() {
	}

	/**
	 * Dumps the chain's rows of every data table.
	 * @param jdbc a JDBC template on the store
	 * @param chainId the chain
	 * @return table name to its rows as text
	 */
	public static Map<String, List<String>> of(JdbcTemplate jdbc, long chainId) {
		Map<String, List<String>> dump = new LinkedHashMap<>();
		TABLES.forEach((table, order) -> dump.put(table,
				new ArrayList<>(jdbc.queryForList(
						"SELECT t::text FROM analytics." + table + " t WHERE chain_id = ? ORDER BY " + order,
						String.class, chainId))));
		return dump;
	}

}
