package io.chainsignal.notification.subscription;

import java.math.BigInteger;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * What a subscription wants delivered. Addresses and tokens are lower-case 0x hex; empty
 * lists mean "any".
 *
 * @param addresses watched addresses
 * @param direction which side of a transfer a watched address must be on
 * @param tokens token contracts, empty for any
 * @param tokenStandards token standards, empty for any
 * @param minValue smallest value in base units, or null
 * @param eventTypes the event types to deliver
 * @param minRiskScore smallest risk score of a delivered alert, or null for any
 * @param suppressSuspicious whether zero-value, dust and look-alike transfers are held
 * back
 */
public record SubscriptionFilter(List<String> addresses, Direction direction, List<String> tokens,
		List<TokenStandard> tokenStandards, BigInteger minValue, List<EventType> eventTypes, Integer minRiskScore,
		boolean suppressSuspicious) {

	public SubscriptionFilter {
		addresses = List.copyOf(addresses);
		tokens = List.copyOf(tokens);
		tokenStandards = List.copyOf(tokenStandards);
		eventTypes = List.copyOf(eventTypes);
	}

}
