package io.chainsignal.testsupport.ethereum;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;

/**
 * Sends a web3j request and turns JSON-RPC errors into exceptions that name the method
 * and parameters.
 */
final class JsonRpc {

	private JsonRpc() {
	}

	static <T extends Response<?>> T send(Request<?, T> request) {
		T response;
		try {
			response = request.send();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("JSON-RPC " + request.getMethod() + " failed", ex);
		}
		if (response.hasError()) {
			throw new IllegalStateException("JSON-RPC " + request.getMethod() + " " + request.getParams()
					+ " answered error " + response.getError().getCode() + ": " + response.getError().getMessage());
		}
		return response;
	}

}
