package io.chainsignal.notification.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent implementation of receiver-side verification as the Standard Webhooks
 * specification describes it (standardwebhooks.com, "Verifying webhooks"): the signed
 * content is {@code msg_id.timestamp.payload}, the key is the base64 part of the
 * {@code whsec_} secret, the header holds space-separated {@code v1,<base64>} entries of
 * which one must match (constant-time), and the timestamp must be within five minutes. It
 * shares no code with the service.
 */
public final class StandardWebhooksVerifier {

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private StandardWebhooksVerifier() {
	}

	public static boolean verify(String secret, String msgId, String timestamp, String signatureHeader, String payload,
			Instant now) {
		if (msgId == null || timestamp == null || signatureHeader == null) {
			return false;
		}
		long seconds = Long.parseLong(timestamp);
		if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
			return false;
		}
		byte[] expected;
		try {
			String base64Key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
			hmac.update(msgId.getBytes(StandardCharsets.UTF_8));
			hmac.update((byte) '.');
			hmac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			hmac.update((byte) '.');
			expected = hmac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		for (String versioned : signatureHeader.split(" ")) {
			int comma = versioned.indexOf(',');
			if (comma > 0 && versioned.substring(0, comma).equals("v1")) {
				byte[] presented = Base64.getDecoder().decode(versioned.substring(comma + 1));
				if (MessageDigest.isEqual(expected, presented)) {
					return true;
				}
			}
		}
		return false;
	}

}
