package io.chainsignal.notification.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Finds the tenant of a presented API key by comparing its SHA-256 with every configured
 * hash in constant time, so neither the key nor which tenant almost matched leaks.
 */
@Component
class ApiKeys {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final Map<String, byte[]> hashes = new LinkedHashMap<>();

	ApiKeys(SecuritySettings settings) {
		settings.apiKeys().forEach((tenant, hex) -> {
			String normalized = (hex != null) ? hex.trim().toLowerCase() : "";
			if (!SHA256_HEX.matcher(normalized).matches()) {
				throw new IllegalArgumentException("chainsignal.security.api-keys." + tenant
						+ " must be the SHA-256 of the API key as 64 hex characters (for example: printf %s \"$KEY\" | sha256sum)");
			}
			this.hashes.put(tenant, HexFormat.of().parseHex(normalized));
		});
	}

	Optional<String> tenantOf(String apiKey) {
		byte[] presented = sha256(apiKey);
		String found = null;
		for (Map.Entry<String, byte[]> entry : this.hashes.entrySet()) {
			// no early exit: every configured hash is compared
			if (MessageDigest.isEqual(presented, entry.getValue())) {
				found = entry.getKey();
			}
		}
		return Optional.ofNullable(found);
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
