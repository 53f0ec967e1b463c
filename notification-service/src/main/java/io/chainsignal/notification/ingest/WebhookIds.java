package io.chainsignal.notification.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import io.chainsignal.notification.subscription.EventType;

/**
 * Deterministic {@code webhook-id}s: {@code msg_} and the first 128 bits of SHA-256 of
 * subscription, event type and event key, so a replayed event gets the id it had, and the
 * outbox's unique (subscription, webhook-id) drops it.
 */
final class WebhookIds {

	private WebhookIds() {
	}

	static String of(UUID subscription, EventType type, String eventKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((subscription + "\n" + type.wire() + "\n" + eventKey).getBytes(StandardCharsets.UTF_8));
			return "msg_" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
