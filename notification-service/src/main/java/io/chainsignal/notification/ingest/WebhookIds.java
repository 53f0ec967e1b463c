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

	/** One digest per thread: looking one up in the providers costs more than hashing. */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(WebhookIds::sha256);

	private WebhookIds() {
	}

	static String of(UUID subscription, EventType type, String eventKey) {
		MessageDigest sha256 = SHA_256.get();
		byte[] digest = sha256
			.digest((subscription + "\n" + type.wire() + "\n" + eventKey).getBytes(StandardCharsets.UTF_8));
		return "msg_" + HexFormat.of().formatHex(digest, 0, 16);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
