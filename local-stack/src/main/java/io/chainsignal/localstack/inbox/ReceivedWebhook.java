package io.chainsignal.localstack.inbox;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One webhook request as the demo receiver got it.
 *
 * @param webhookId the {@code webhook-id} header
 * @param verified whether its signature and timestamp checked out
 * @param duplicate whether this {@code webhook-id} had been received before
 * @param receivedAt when it arrived
 * @param payload the body, parsed ({@code {type, timestamp, data}})
 */
public record ReceivedWebhook(String webhookId, boolean verified, boolean duplicate, Instant receivedAt,
		JsonNode payload) {

	/**
	 * The payload's {@code type}, e.g. {@code transfer.confirmed} or {@code risk.alert}.
	 * @return the type
	 */
	public String type() {
		return this.payload.path("type").asString();
	}

}
