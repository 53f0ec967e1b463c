package io.chainsignal.notification.ingest;

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

/**
 * Builds delivered bodies, {@code {type, timestamp, data}}: deterministic for an event
 * and subscription, so a replay stores the very same bytes.
 */
final class Payloads {

	private Payloads() {
	}

	static String transfer(EventType type, TokenTransfer t, Match match) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscription_id", match.subscription().id().toString());
		data.put("event_id", t.eventId());
		data.put("status", t.status().name());
		data.put("chain_id", t.chainId());
		data.put("block_number", t.blockNumber());
		data.put("block_hash", t.blockHash());
		data.put("block_timestamp", t.blockTimestamp());
		data.put("transaction_hash", t.transactionHash());
		data.put("log_index", t.logIndex());
		data.put("batch_index", t.batchIndex());
		data.put("watched_address", match.watchedAddress());
		data.put("direction", match.direction());
		data.put("from_address", t.fromAddress());
		data.put("to_address", t.toAddress());
		data.put("operator_address", t.operatorAddress());
		data.put("value", t.value().toString());
		Integer decimals = (t.token() != null) ? t.token().decimals() : null;
		data.put("decimals", decimals);
		data.put("amount", (decimals != null) ? new BigDecimal(t.value(), decimals).toPlainString() : null);
		data.put("token_id", (t.tokenId() != null) ? t.tokenId().toString() : null);
		data.put("token", token(t));
		data.put("flags", match.flags());
		return body(type, t.emittedAt(), data);
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

	private static Map<String, Object> token(TokenTransfer t) {
		TokenInfo info = t.token();
		Map<String, Object> token = new LinkedHashMap<>();
		token.put("address", t.tokenAddress());
		token.put("standard", t.tokenStandard().name());
		token.put("symbol", (info != null) ? info.symbol() : null);
		token.put("name", (info != null) ? info.name() : null);
		token.put("decimals", (info != null) ? info.decimals() : null);
		// trust context: whether the contract answered its metadata at all
		token.put("metadata_known", info != null && info.symbol() != null);
		return token;
	}

	static String body(EventType type, Instant timestamp, Map<String, Object> data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.wire());
		body.put("timestamp", timestamp.toString());
		body.put("data", data);
		return EventJson.mapper().writeValueAsString(body);
	}

}
