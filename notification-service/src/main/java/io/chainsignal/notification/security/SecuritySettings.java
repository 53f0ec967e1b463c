package io.chainsignal.notification.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API keys per tenant, each given as the lower-case hex SHA-256 of the key, never the key
 * itself.
 *
 * @param apiKeys tenant name to SHA-256 hex of its API key
 */
@ConfigurationProperties("chainsignal.security")
record SecuritySettings(Map<String, String> apiKeys) {

	SecuritySettings {
		apiKeys = (apiKeys != null) ? Map.copyOf(apiKeys) : Map.of();
	}

}
