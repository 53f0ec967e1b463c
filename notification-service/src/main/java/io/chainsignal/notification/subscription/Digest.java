package io.chainsignal.notification.subscription;

/**
 * How often an email subscription is mailed: every event, or a digest per hour or day.
 */
public enum Digest {

	NONE, HOURLY, DAILY;

	public String wire() {
		return name().toLowerCase();
	}

	public static Digest of(String wire) {
		return valueOf(wire.toUpperCase());
	}

}
