package io.chainsignal.e2e;

import java.net.URI;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Subscriptions made through notification-service's REST API, with the stack's key. */
final class Notifications {

	private final URI base;

	private final String apiKey;

	private final long chainId;

	Notifications(URI base, String apiKey, long chainId) {
		this.base = base;
		this.apiKey = apiKey;
		this.chainId = chainId;
	}

	/**
	 * Subscribes a webhook to every transfer touching an address, zero-value and
	 * suspicious ones included (this suite checks delivery, not filtering).
	 * @return the signing secret
	 */
	String webhook(String address, String url) {
		JsonNode created = Http.post(this.base.resolve("/api/v1/subscriptions"), this.apiKey,
				Map.of("name", "e2e " + address, "chain_id", this.chainId, "channel", "webhook", "target", url,
						"filter", filter(address)));
		return created.path("secret").asString();
	}

	void email(String address, String mailbox) {
		Http.post(this.base.resolve("/api/v1/subscriptions"), this.apiKey, Map.of("name", "e2e mail " + address,
				"chain_id", this.chainId, "channel", "email", "target", mailbox, "filter", filter(address)));
	}

	private static Map<String, Object> filter(String address) {
		return Map.of("addresses", List.of(address), "direction", "any", "event_types",
				List.of("transfer.confirmed", "transfer.removed"), "suppress_suspicious", false);
	}

}
