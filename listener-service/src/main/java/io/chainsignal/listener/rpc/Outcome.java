package io.chainsignal.listener.rpc;

import java.io.InterruptedIOException;
import java.net.ConnectException;

/**
 * How one JSON-RPC attempt ended, as reported in the
 * {@code chainsignal.listener.rpc.requests} metric.
 */
enum Outcome {

	SUCCESS, TIMEOUT, CONNECTION, HTTP_429, HTTP_5XX, HTTP_OTHER, IO_ERROR, MALFORMED, RPC_ERROR, RANGE_TOO_LARGE;

	String tag() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Outcome of(Throwable failure) {
		if (failure instanceof RpcHttpException http) {
			if (http.status() == 429) {
				return HTTP_429;
			}
			return (http.status() >= 500) ? HTTP_5XX : HTTP_OTHER;
		}
		if (failure instanceof InterruptedIOException) {
			return TIMEOUT;
		}
		if (failure instanceof ConnectException || failure instanceof java.net.SocketException) {
			return CONNECTION;
		}
		if (failure instanceof java.io.IOException) {
			return IO_ERROR;
		}
		return MALFORMED;
	}

}
