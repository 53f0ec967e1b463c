package io.chainsignal.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code webhook-signature} header of the Standard Webhooks specification:
 * {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}, one per secret,
 * separated by spaces.
 */
final class WebhookSigner {

	private WebhookSigner() {
	}

	static String signature(List<String> secrets, String webhookId, long timestamp, String body) {
		return secrets.stream()
			.map((secret) -> sign(secret, webhookId, timestamp, body))
			.collect(Collectors.joining(" "));
	}

	static String sign(String secret, String webhookId, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(WebhookSecrets.key(secret), "HmacSHA256"));
			byte[] digest = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
