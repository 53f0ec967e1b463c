package io.chainsignal.fraud.sanctions;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanctions list an admin loaded, kept in {@code fraud.sanctioned_address} so that
 * every instance, and the next start, uses it instead of the shipped snapshot.
 */
@Repository
class SanctionsRepository {

	private final JdbcClient jdbc;

	SanctionsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> load() {
		return new TreeSet<>(this.jdbc.sql("select address from fraud.sanctioned_address").query(String.class).list());
	}

	String source() {
		List<String> sources = this.jdbc.sql("select source from fraud.sanctions_load order by loaded_at desc limit 1")
			.query(String.class)
			.list();
		return sources.isEmpty() ? null : sources.get(0);
	}

	@Transactional
	void replace(Set<String> addresses, String source, int added, int removed) {
		this.jdbc.sql("delete from fraud.sanctioned_address").update();
		for (String address : addresses) {
			this.jdbc.sql("insert into fraud.sanctioned_address (address) values (?)").param(address).update();
		}
		this.jdbc
			.sql("insert into fraud.sanctions_load (source, total, added, removed, loaded_at) values (?, ?, ?, ?, ?)")
			.params(source, addresses.size(), added, removed, java.sql.Timestamp.from(Instant.now()))
			.update();
	}

}
