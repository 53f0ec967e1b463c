package io.chainsignal.analytics.transfers;

/**
 * Which side of a transfer the address is on.
 */
enum Direction {

	IN("in"), OUT("out"), ANY("any");

	final String label;

	Direction(String label) {
		this.label = label;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
