package io.chainsignal.fraud.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the authenticated tenant of a request is kept.
 */
public final class Tenants {

	static final String ATTRIBUTE = Tenants.class.getName() + ".tenant";

	private Tenants() {
	}

	/**
	 * The tenant the API key identified.
	 * @param request the request
	 * @return the tenant name
	 */
	public static String current(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

}
