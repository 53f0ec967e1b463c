package io.chainsignal.localstack.inbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Standard Webhooks signatures as a subscriber must (docs/notifications.md):
 * HMAC-SHA256 over {@code id.timestamp.body} with the subscription's secret, any of the
 * space-separated {@code v1,} signatures, and a timestamp within 5 minutes. The demo
 * inbox and the end-to-end suite's receiver both use it; it shares no code with the
 * service.
 */
public final class WebhookVerifier {

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final List<String> secrets = new CopyOnWriteArrayList<>();

	/**
	 * Accepts signatures made with a subscription's secret.
	 * @param secret the secret, {@code whsec_...}
	 */
	public void addSecret(String secret) {
		if (!secret.startsWith("whsec_")) {
			throw new IllegalArgumentException("A Standard Webhooks secret starts with whsec_");
		}
		if (!this.secrets.contains(secret)) {
			this.secrets.add(secret);
		}
	}

	/**
	 * Tells whether a request is signed with one of the secrets, recently.
	 * @param id the {@code webhook-id} header
	 * @param timestamp the {@code webhook-timestamp} header
	 * @param signatures the {@code webhook-signature} header
	 * @param body the raw body
	 * @param now the receiver's clock
	 * @return true if a signature matches and the timestamp is within 5 minutes
	 */
	public boolean verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
		if (id == null || timestamp == null || signatures == null) {
			return false;
		}
		try {
			long seconds = Long.parseLong(timestamp);
			if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
				return false;
			}
		}
		catch (NumberFormatException ex) {
			return false;
		}
		for (String secret : this.secrets) {
			byte[] expected = sign(secret, id, timestamp, body);
			for (String signature : signatures.split(" ")) {
				if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, decode(signature.substring(3)))) {
					return true;
				}
			}
		}
		return false;
	}

	static byte[] sign(String secret, String id, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

}
