package io.chainsignal.notification.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A subscription's filter as the API shows it.
 *
 * @param addresses watched addresses
 * @param direction in, out or any
 * @param tokens token contracts, empty for any
 * @param tokenStandards token standards, empty for any
 * @param minValue smallest value in base units, or null
 * @param eventTypes delivered event types
 * @param minRiskScore smallest delivered alert score, or null
 * @param suppressSuspicious whether suspicious transfers are held back
 */
record FilterView(List<String> addresses, String direction, List<String> tokens,
		@JsonProperty("token_standards") List<String> tokenStandards, @JsonProperty("min_value") String minValue,
		@JsonProperty("event_types") List<String> eventTypes, @JsonProperty("min_risk_score") Integer minRiskScore,
		@JsonProperty("suppress_suspicious") boolean suppressSuspicious) {

	static FilterView of(SubscriptionFilter filter) {
		return new FilterView(filter.addresses(), filter.direction().wire(), filter.tokens(),
				filter.tokenStandards().stream().map(Enum::name).toList(),
				(filter.minValue() != null) ? filter.minValue().toString() : null,
				filter.eventTypes().stream().map(EventType::wire).toList(), filter.minRiskScore(),
				filter.suppressSuspicious());
	}

}
