package io.chainsignal.notification.security;

/**
 * Where the authenticated tenant of a management request is kept.
 */
public final class Tenants {

	/** Request attribute holding the tenant name, set by {@link ApiKeyFilter}. */
	public static final String ATTRIBUTE = "chainsignal.tenant";

	private Tenants() {
	}

}
