package io.chainsignal.fraud.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	/**
	 * Refuses a value that is not a SHA-256 in hex (most likely the key itself), which
	 * would otherwise answer 401 to every call with no hint why.
	 */
	public SecuritySettings {
		apiKeys = (apiKeys != null) ? Map.copyOf(apiKeys) : Map.of();
		adminTenants = (adminTenants != null) ? List.copyOf(adminTenants) : List.of();
		apiKeys.forEach((tenant, hex) -> {
			if (hex == null || !SHA256_HEX.matcher(hex.trim().toLowerCase(Locale.ROOT)).matches()) {
				throw new IllegalArgumentException("chainsignal.security.api-keys." + tenant
						+ " must be the SHA-256 of the API key as 64 hex characters (for example: printf %s \"$KEY\" | sha256sum)");
			}
		});
	}

}
