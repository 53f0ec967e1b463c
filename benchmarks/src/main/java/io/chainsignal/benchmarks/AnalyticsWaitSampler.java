package io.chainsignal.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.chainsignal.testsupport.postgres.Database;

/**
 * Samples, every 200 ms while ingest runs, what the service's PostgreSQL sessions are
 * doing ({@code pg_stat_activity}: running on CPU or waiting, on what, in which
 * statement), to tell time lost to row locks from time spent writing.
 */
final class AnalyticsWaitSampler implements AutoCloseable {

	private final Map<String, Integer> counts = new TreeMap<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	private int samples;

	private AnalyticsWaitSampler(Database database) {
		this.thread = Thread.ofPlatform().daemon().name("analytics-wait-sampler").start(() -> sample(database));
	}

	static AnalyticsWaitSampler start(Database database) {
		return new AnalyticsWaitSampler(database);
	}

	private void sample(Database database) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			while (this.running.get()) {
				try (ResultSet rows = statement.executeQuery("""
						SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'),
							regexp_replace(left(query, 40), '\\s+', ' ', 'g')
						FROM pg_stat_activity
						WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()""")) {
					synchronized (this) {
						this.samples++;
						while (rows.next()) {
							this.counts.merge(rows.getString(1) + " | " + rows.getString(2), 1, Integer::sum);
						}
					}
				}
				Thread.sleep(200);
			}
		}
		catch (SQLException | InterruptedException ex) {
			// the database went away: the samples so far stand
		}
	}

	/** The tallies, most frequent first: what active sessions were doing per sample. */
	synchronized String summary() {
		StringBuilder out = new StringBuilder().append(this.samples).append(" samples of active sessions:");
		this.counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach((entry) -> out.append("\n  ").append(entry.getValue()).append("  ").append(entry.getKey()));
		return out.toString();
	}

	@Override
	public void close() throws InterruptedException {
		this.running.set(false);
		this.thread.join(2_000);
	}

}
