package io.chainsignal.notification.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates Standard Webhooks signing secrets: {@code whsec_} and 32 random bytes in
 * base64.
 */
public final class WebhookSecrets {

	/** The prefix of every secret; the HMAC key is the base64 after it. */
	public static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSecrets() {
	}

	/**
	 * A new random secret.
	 * @return {@code whsec_} followed by 32 random bytes in base64
	 */
	public static String generate() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	static byte[] key(String secret) {
		if (!secret.startsWith(PREFIX)) {
			throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
		}
		return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
	}

}
