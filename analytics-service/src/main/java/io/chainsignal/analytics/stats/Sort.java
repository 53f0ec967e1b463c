package io.chainsignal.analytics.stats;

/**
 * Orders of the top-tokens list.
 */
enum Sort {

	VOLUME("volume", "volume DESC, transfers DESC"), TRANSFERS("transfers", "transfers DESC, volume DESC");

	final String label;

	final String orderBy;

	Sort(String label, String orderBy) {
		this.label = label;
		this.orderBy = orderBy;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
