package io.chainsignal.analytics.stats;

/**
 * Bucket sizes of a time series.
 */
enum Interval {

	HOUR("hour", "rollups_hourly", 3600), DAY("day", "rollups_daily", 86400);

	final String label;

	final String table;

	final long seconds;

	Interval(String label, String table, long seconds) {
		this.label = label;
		this.table = table;
		this.seconds = seconds;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
