package io.chainsignal.analytics.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the stored start of each top-tokens window forward as time passes, subtracting
 * the rollups of the buckets that left it from {@code token_windows}. Runs every minute;
 * the endpoint corrects for a start not yet moved, so a late run only costs the endpoint
 * a few more rows. Several instances may run it: the start row's lock serialises them and
 * the later one finds nothing to do.
 */
@Component
public class WindowAdvancer {

	private static final Logger log = LoggerFactory.getLogger(WindowAdvancer.class);

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	WindowAdvancer(TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${chainsignal.analytics.ingest.window-advance-interval:PT1M}", initialDelay = 0)
	void scheduled() {
		try {
			advance();
		}
		catch (RuntimeException ex) {
			// PostgreSQL down: the next run catches up, and the endpoint stays exact
			// meanwhile
			log.warn("Could not advance the top-tokens windows: {}", ex.toString());
		}
	}

	/** Moves every window's start to where it is now; one transaction per window. */
	public void advance() {
		long now = Instant.now(this.clock).getEpochSecond();
		for (TopTokensWindow window : TopTokensWindow.values()) {
			this.transactions.executeWithoutResult((status) -> advance(window, window.startAt(now)));
		}
	}

	private void advance(TopTokensWindow window, long target) {
		Timestamp next = Timestamp.from(Instant.ofEpochSecond(target));
		// look before locking: most runs find nothing to move, and the lock makes batches
		// wait
		Timestamp seen = this.jdbc.queryForObject("SELECT start_at FROM analytics.window_starts WHERE label = ?",
				Timestamp.class, window.label);
		if (seen == null || !seen.before(next)) {
			return;
		}
		Timestamp stored = this.jdbc.queryForObject(
				"SELECT start_at FROM analytics.window_starts WHERE label = ? FOR UPDATE", Timestamp.class,
				window.label);
		if (stored == null || !stored.before(next)) {
			return;
		}
		String w = window.label;
		this.jdbc.update("""
				UPDATE analytics.token_windows AS t
				SET transfers_%1$s = t.transfers_%1$s - e.n, volume_%1$s = t.volume_%1$s - e.v
				FROM (SELECT chain_id, token_address, sum(transfer_count) AS n, sum(volume) AS v
					FROM analytics.%2$s WHERE bucket_start >= ? AND bucket_start < ?
					GROUP BY chain_id, token_address) AS e
				WHERE t.chain_id = e.chain_id AND t.token_address = e.token_address
				""".formatted(w, window.granularity.rollupTable), stored, next);
		this.jdbc.update("DELETE FROM analytics.token_windows WHERE " + WindowSums.ALL_ZERO);
		this.jdbc.update("UPDATE analytics.window_starts SET start_at = ? WHERE label = ?", next, w);
	}

}
