package io.chainsignal.notification.delivery;

import java.time.Duration;

/**
 * How one attempt went.
 *
 * @param kind delivered, failed (retried on the schedule) or gone (410: the subscription
 * is disabled)
 * @param statusCode the HTTP status, or null
 * @param error what went wrong, or null
 * @param retryAfter the receiver's {@code Retry-After}, or null
 */
public record Outcome(Kind kind, Integer statusCode, String error, Duration retryAfter) {

	public static Outcome delivered(Integer statusCode) {
		return new Outcome(Kind.DELIVERED, statusCode, null, null);
	}

	public static Outcome failed(Integer statusCode, String error, Duration retryAfter) {
		return new Outcome(Kind.FAILED, statusCode, error, retryAfter);
	}

	public static Outcome gone(int statusCode) {
		return new Outcome(Kind.GONE, statusCode, "the endpoint answered 410 Gone", null);
	}

	/** Kinds of outcome. */
	public enum Kind {

		DELIVERED, FAILED, GONE

	}

}
