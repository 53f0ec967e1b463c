package io.chainsignal.fraud.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API keys and admin tenants under {@code chainsignal.security.*}: each tenant's key is
 * configured only as the lower-case hex SHA-256 of the key, never the key itself.
 *
 * @param apiKeys tenant to the SHA-256 hex of its key
 * @param adminTenants tenants allowed to use admin endpoints
 */
@ConfigurationProperties("chainsignal.security")
public record SecuritySettings(Map<String, String> apiKeys, List<String> adminTenants) {

	public SecuritySettings {
		apiKeys = (apiKeys != null) ? Map.copyOf(apiKeys) : Map.of();
		adminTenants = (adminTenants != null) ? List.copyOf(adminTenants) : List.of();
	}

}
