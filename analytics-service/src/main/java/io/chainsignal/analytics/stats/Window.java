package io.chainsignal.analytics.stats;

import java.time.Duration;

/**
 * The windows of the top-tokens list, and which rollup serves each.
 */
enum Window {

	ONE_HOUR("1h", Duration.ofHours(1), "rollups_hourly", 3600),
	ONE_DAY("24h", Duration.ofHours(24), "rollups_hourly", 3600),
	SEVEN_DAYS("7d", Duration.ofDays(7), "rollups_daily", 86400),
	THIRTY_DAYS("30d", Duration.ofDays(30), "rollups_daily", 86400);

	final String label;

	final Duration length;

	final String table;

	final long bucketSeconds;

	Window(String label, Duration length, String table, long bucketSeconds) {
		this.label = label;
		this.length = length;
		this.table = table;
		this.bucketSeconds = bucketSeconds;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
