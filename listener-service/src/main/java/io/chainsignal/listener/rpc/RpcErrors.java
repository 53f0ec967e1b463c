package io.chainsignal.listener.rpc;

import java.util.List;
import java.util.Locale;

import org.web3j.protocol.core.Response;

/**
 * Sorts JSON-RPC error answers: range errors (split the query), permanent errors (a bug
 * or a revert: do not retry), and everything else, which is treated as transient (rate
 * limits, "header not found" behind load balancers, internal errors).
 */
final class RpcErrors {

	private static final List<String> RANGE_HINTS = List.of("more than", "too many", "range", "limit exceeded",
			"size exceeded", "response size", "timeout", "timed out", "too large", "exceed");

	private static final List<String> TRANSIENT_HINTS = List.of("rate limit", "capacity", "try again", "busy",
			"header not found", "unknown block");

	private RpcErrors() {
	}

	static boolean isRangeError(Response.Error error) {
		String message = lower(error);
		if (TRANSIENT_HINTS.stream().anyMatch(message::contains)) {
			return false;
		}
		return error.getCode() == -32005 || RANGE_HINTS.stream().anyMatch(message::contains);
	}

	static boolean isPermanent(Response.Error error) {
		int code = error.getCode();
		return code == -32601 || code == -32602 || code == -32600 || code == 3
				|| lower(error).contains("execution reverted");
	}

	private static String lower(Response.Error error) {
		return (error.getMessage() != null) ? error.getMessage().toLowerCase(Locale.ROOT) : "";
	}

}
