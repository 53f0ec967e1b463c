package io.chainsignal.listener.rpc;

import java.io.IOException;
import java.time.Duration;

/**
 * A JSON-RPC call answered with a non-2xx HTTP status. Redirects count as failures too: a
 * node endpoint never legitimately redirects a POST.
 */
final class RpcHttpException extends IOException {

	private final int status;

	private final Duration retryAfter;

	RpcHttpException(int status, Duration retryAfter) {
		super("HTTP " + status + ((retryAfter != null) ? " (Retry-After " + retryAfter.toSeconds() + "s)" : ""));
		this.status = status;
		this.retryAfter = retryAfter;
	}

	int status() {
		return this.status;
	}

	/** The pause the server asked for, or null. */
	Duration retryAfter() {
		return this.retryAfter;
	}

}
