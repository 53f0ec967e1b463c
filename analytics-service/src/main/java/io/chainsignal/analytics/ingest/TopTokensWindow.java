package io.chainsignal.analytics.ingest;

import java.time.Duration;

import io.chainsignal.analytics.ingest.Deltas.Granularity;

/**
 * The windows of the top-tokens list, one definition for the endpoint that ranks them,
 * the ingestion that keeps their sums ({@link WindowSums}) and the advancer that moves
 * their starts: each covers the buckets of one rollup granularity from now minus its
 * length, truncated to the bucket, on. The label names the parameter value, the
 * {@code token_windows} columns and the {@code window_starts} row.
 */
public enum TopTokensWindow {

	ONE_HOUR("1h", Duration.ofHours(1), Granularity.HOURLY), ONE_DAY("24h", Duration.ofHours(24), Granularity.HOURLY),
	SEVEN_DAYS("7d", Duration.ofDays(7), Granularity.DAILY), THIRTY_DAYS("30d", Duration.ofDays(30), Granularity.DAILY);

	final String label;

	final Duration length;

	final Granularity granularity;

	TopTokensWindow(String label, Duration length, Granularity granularity) {
		this.label = label;
		this.length = length;
		this.granularity = granularity;
	}

	/** The first bucket the window holds at a moment, Unix seconds. */
	public long startAt(long nowSeconds) {
		return this.granularity.bucketStart(nowSeconds - this.length.toSeconds());
	}

	/** The label: {@code 1h}, {@code 24h}, {@code 7d} or {@code 30d}. */
	public String label() {
		return this.label;
	}

	/** The rollup table whose buckets the window sums. */
	public String rollupTable() {
		return this.granularity.rollupTable;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
