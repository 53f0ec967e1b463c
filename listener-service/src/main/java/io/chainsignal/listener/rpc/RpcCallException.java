package io.chainsignal.listener.rpc;

/**
 * A JSON-RPC call that can never succeed as asked (method not found, invalid parameters,
 * a reverted call), or a single-attempt call that failed. Never thrown for transient
 * faults by the retrying methods.
 */
public class RpcCallException extends RuntimeException {

	private final int code;

	RpcCallException(int code, String message) {
		super(message);
		this.code = code;
	}

	RpcCallException(String message, Throwable cause) {
		super(message, cause);
		this.code = 0;
	}

	/** The JSON-RPC error code, or 0 when the call failed below JSON-RPC. */
	public int code() {
		return this.code;
	}

}
