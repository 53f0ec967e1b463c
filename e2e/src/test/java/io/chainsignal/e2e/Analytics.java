package io.chainsignal.e2e;

import java.math.BigInteger;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What analytics-service's REST API says, through the same calls a dashboard makes. */
final class Analytics {

	private final URI base;

	private final long chainId;

	Analytics(URI base, long chainId) {
		this.base = base;
		this.chainId = chainId;
	}

	/** Net flows by token (lower-case address) of one holder. */
	Map<String, BigInteger> balances(String address) {
		JsonNode body = Http.get(this.base.resolve("/api/v1/addresses/" + this.chainId + "/" + address + "/balances"),
				null);
		Map<String, BigInteger> balances = new HashMap<>();
		if (body != null) {
			for (JsonNode balance : body.path("balances")) {
				BigInteger value = new BigInteger(balance.path("balance").asString());
				if (value.signum() != 0) {
					balances.put(balance.path("token").asString(), value);
				}
			}
		}
		return balances;
	}

	/** The all-time count of confirmed transfers of a token; 0 for a token never seen. */
	long transfers(String token) {
		JsonNode body = Http.get(this.base.resolve("/api/v1/tokens/" + this.chainId + "/" + token), null);
		return (body != null) ? body.path("transfers").asLong() : 0;
	}

}
