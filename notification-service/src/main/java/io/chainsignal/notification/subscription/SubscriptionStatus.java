package io.chainsignal.notification.subscription;

/**
 * Lifecycle of a subscription; only {@link #ACTIVE} ones are matched and delivered.
 */
public enum SubscriptionStatus {

	ACTIVE, PAUSED,
	/** An email subscription whose address has not followed its verification link yet. */
	UNVERIFIED,
	/** Disabled by the service: the endpoint answered 410 or kept failing. */
	DISABLED,
	/** The email recipient used the unsubscribe link. */
	UNSUBSCRIBED, DELETED;

	public String wire() {
		return name().toLowerCase();
	}

	public static SubscriptionStatus of(String wire) {
		return valueOf(wire.toUpperCase());
	}

}
