package io.chainsignal.deploy.config;

/**
 * One configuration key a service binds, as Spring Boot names it
 * ({@code spring.kafka.bootstrap-servers}), and whether names below it are keys too.
 *
 * @param name the key in its canonical dotted, dashed form
 * @param kind what may follow the key
 */
public record PropertyKey(String name, Kind kind) {

	/** What may follow a key. */
	public enum Kind {

		/** Nothing: the key is one value. */
		VALUE,

		/** Any map key, such as a tenant under {@code chainsignal.security.api-keys}. */
		MAP,

		/** An index, such as {@code web3j.fallback-addresses[0]}. */
		LIST

	}

}
