package io.chainsignal.notification.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts webhook signing secrets at rest with AES-256-GCM when
 * {@code chainsignal.notification.webhook.secret-encryption-key} is set (signing needs
 * the secret itself, so it cannot be hashed like an API key). Stored values read
 * {@code v1:<base64 of IV and ciphertext>}; without a key, and for values stored before
 * one was set, secrets are kept as they are.
 */
@Component
public class SecretCipher {

	private static final String PREFIX = "v1:";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	public SecretCipher(WebhookSettings settings) {
		String configured = settings.secretEncryptionKey();
		if (configured == null || configured.isBlank()) {
			this.key = null;
			return;
		}
		byte[] bytes = Base64.getDecoder().decode(configured.trim());
		if (bytes.length != 32) {
			throw new IllegalArgumentException(
					"chainsignal.notification.webhook.secret-encryption-key must be 32 random bytes in base64 (openssl rand -base64 32)");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	/**
	 * Encrypts a secret for storage.
	 * @param secret the secret, or null
	 * @return what to store, or null
	 */
	public String seal(String secret) {
		if (secret == null || this.key == null) {
			return secret;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a webhook secret", ex);
		}
	}

	/**
	 * Decrypts a stored secret.
	 * @param stored what was stored, or null
	 * @return the secret, or null
	 */
	public String open(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		if (this.key == null) {
			throw new IllegalStateException("A webhook secret is encrypted but no secret-encryption-key is configured");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, bytes, 0, 12));
			return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt a webhook secret: wrong secret-encryption-key?", ex);
		}
	}

}
