package io.chainsignal.fraud.allowlist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allowlist entries made from feedback, in {@code fraud.allowlist_entry}.
 */
@Repository
public class AllowlistRepository {

	private final JdbcClient jdbc;

	private final Allowlist allowlist;

	AllowlistRepository(JdbcClient jdbc, Allowlist allowlist) {
		this.jdbc = jdbc;
		this.allowlist = allowlist;
	}

	/**
	 * Adds an entry and puts it in force in this instance at once.
	 * @param address the address
	 * @param detector the detector wire id, or {@code *}
	 * @param reason why, such as the alert it came from
	 */
	public void add(String address, String detector, String reason) {
		this.jdbc
			.sql("insert into fraud.allowlist_entry (address, detector, reason) values (?, ?, ?) "
					+ "on conflict (address, detector) do nothing")
			.params(address, Allowlist.normalise(detector), reason)
			.update();
		reload();
	}

	void reload() {
		Map<String, Set<String>> entries = new HashMap<>();
		this.jdbc.sql("select address, detector from fraud.allowlist_entry")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(
					(entry) -> entries.computeIfAbsent(entry.getKey(), (key) -> new HashSet<>()).add(entry.getValue()));
		this.allowlist.replaceLearned(entries);
	}

}
