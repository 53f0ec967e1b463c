package io.chainsignal.notification.subscription;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The webhook event types (the {@code type} of a delivered payload).
 */
public enum EventType {

	TRANSFER_CONFIRMED("transfer.confirmed"), TRANSFER_UNCONFIRMED("transfer.unconfirmed"),
	TRANSFER_REMOVED("transfer.removed"), RISK_ALERT("risk.alert"),
	/** Sent by {@code POST /api/v1/subscriptions/{id}/test}; cannot be subscribed to. */
	TEST("subscription.test");

	private final String wire;

	EventType(String wire) {
		this.wire = wire;
	}

	@JsonValue
	public String wire() {
		return this.wire;
	}

	@JsonCreator
	public static EventType of(String wire) {
		return Arrays.stream(values())
			.filter((type) -> type.wire.equals(wire))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown event type " + wire));
	}

}
