package io.chainsignal.notification.subscription;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record FilterView(List<String> addresses, String direction, List<String> tokens, List<String> tokenStandards,
		String minValue, List<String> eventTypes, Integer minRiskScore, boolean suppressSuspicious) {

	static FilterView of(SubscriptionFilter filter) {
		return new FilterView(filter.addresses(), filter.direction().wire(), filter.tokens(),
				filter.tokenStandards().stream().map(Enum::name).toList(),
				(filter.minValue() != null) ? filter.minValue().toString() : null,
				filter.eventTypes().stream().map(EventType::wire).toList(), filter.minRiskScore(),
				filter.suppressSuspicious());
	}

}
