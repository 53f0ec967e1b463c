package io.chainsignal.notification.ingest;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.notification.matching.Match;
import io.chainsignal.notification.subscription.EventType;
import tools.jackson.core.JsonGenerator;

/**
 * Builds delivered bodies, {@code {type, timestamp, data}}: deterministic for an event
 * and subscription, so a replay stores the very same bytes.
 */
final class Payloads {

	private Payloads() {
	}

	/**
	 * The body of a transfer event, written field by field: the same bytes as
	 * {@link #body} would write for the documented map of fields (PayloadsTest), without
	 * building the maps, since this runs for every matched transfer on the consumer
	 * threads.
	 */
	static String transfer(EventType type, TokenTransfer t, Match match) {
		StringWriter out = new StringWriter(1024);
		try (JsonGenerator json = EventJson.mapper().createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("type", type.wire());
			json.writeStringProperty("timestamp", t.emittedAt().toString());
			json.writeName("data");
			json.writeStartObject();
			json.writeStringProperty("subscription_id", match.subscription().id().toString());
			json.writeStringProperty("event_id", t.eventId());
			json.writeStringProperty("status", t.status().name());
			json.writeNumberProperty("chain_id", t.chainId());
			json.writeNumberProperty("block_number", t.blockNumber());
			json.writeStringProperty("block_hash", t.blockHash());
			json.writeNumberProperty("block_timestamp", t.blockTimestamp());
			json.writeStringProperty("transaction_hash", t.transactionHash());
			json.writeNumberProperty("log_index", t.logIndex());
			json.writeNumberProperty("batch_index", t.batchIndex());
			json.writeStringProperty("watched_address", match.watchedAddress());
			json.writeStringProperty("direction", match.direction());
			json.writeStringProperty("from_address", t.fromAddress());
			json.writeStringProperty("to_address", t.toAddress());
			json.writeStringProperty("operator_address", t.operatorAddress());
			json.writeStringProperty("value", t.value().toString());
			TokenInfo info = t.token();
			Integer decimals = (info != null) ? info.decimals() : null;
			integer(json, "decimals", decimals);
			json.writeStringProperty("amount",
					(decimals != null) ? new BigDecimal(t.value(), decimals).toPlainString() : null);
			json.writeStringProperty("token_id", (t.tokenId() != null) ? t.tokenId().toString() : null);
			json.writeName("token");
			json.writeStartObject();
			json.writeStringProperty("address", t.tokenAddress());
			json.writeStringProperty("standard", t.tokenStandard().name());
			json.writeStringProperty("symbol", (info != null) ? info.symbol() : null);
			json.writeStringProperty("name", (info != null) ? info.name() : null);
			integer(json, "decimals", decimals);
			// trust context: whether the contract answered its metadata at all
			json.writeBooleanProperty("metadata_known", info != null && info.symbol() != null);
			json.writeEndObject();
			json.writeName("flags");
			json.writeStartArray();
			for (String flag : match.flags()) {
				json.writeString(flag);
			}
			json.writeEndArray();
			json.writeEndObject();
			json.writeEndObject();
		}
		return out.toString();
	}

	private static void integer(JsonGenerator json, String name, Integer value) {
		if (value != null) {
			json.writeNumberProperty(name, value);
		}
		else {
			json.writeNullProperty(name);
		}
	}

	static String alert(RiskAlert alert, Match match, String subscriptionId) {
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = EventJson.mapper().convertValue(alert, Map.class);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscription_id", subscriptionId);
		data.put("watched_address", (match != null) ? match.watchedAddress() : null);
		data.putAll(fields);
		return body(EventType.RISK_ALERT, alert.createdAt(), data);
	}

	static String body(EventType type, Instant timestamp, Map<String, Object> data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.wire());
		body.put("timestamp", timestamp.toString());
		body.put("data", data);
		return EventJson.mapper().writeValueAsString(body);
	}

}
