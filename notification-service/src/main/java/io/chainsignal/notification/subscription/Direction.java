package io.chainsignal.notification.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which side of a transfer a watched address must be on.
 */
public enum Direction {

	/** The watched address receives. */
	IN,
	/** The watched address sends. */
	OUT,
	/** Either. */
	ANY;

	@JsonValue
	public String wire() {
		return name().toLowerCase();
	}

	@JsonCreator
	public static Direction of(String wire) {
		return valueOf(wire.toUpperCase());
	}

}
