package io.chainsignal.notification.subscription;

/**
 * How a subscription is delivered.
 */
public enum Channel {

	WEBHOOK, EMAIL;

	/**
	 * The name used in the API and the database.
	 * @return {@code webhook} or {@code email}
	 */
	public String wire() {
		return name().toLowerCase();
	}

	static Channel of(String wire) {
		return valueOf(wire.toUpperCase());
	}

}
