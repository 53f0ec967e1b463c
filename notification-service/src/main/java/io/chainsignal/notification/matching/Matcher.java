package io.chainsignal.notification.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.notification.subscription.Direction;
import io.chainsignal.notification.subscription.EventType;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionFilter;

import org.springframework.stereotype.Component;

/**
 * Finds the subscriptions an event goes to: candidates from the index, then every filter
 * field checked on those only.
 */
@Component
public class Matcher {

	private final MatchIndex index;

	private final SuspicionRules rules;

	Matcher(MatchIndex index, MatchingSettings settings) {
		this.index = index;
		this.rules = new SuspicionRules(settings.dustBelow());
	}

	/**
	 * The subscriptions a transfer in a given type goes to.
	 * @param transfer the transfer
	 * @param type {@code transfer.confirmed} or {@code transfer.unconfirmed}
	 * @return the matches, suspicious ones left out for subscriptions that suppress them
	 */
	public List<Match> transfer(TokenTransfer transfer, EventType type) {
		List<Match> matches = new ArrayList<>();
		for (Subscription s : this.index.candidates(transfer.chainId(),
				Arrays.asList(transfer.fromAddress(), transfer.toAddress()), transfer.tokenAddress())) {
			if (s.filter().eventTypes().contains(type)) {
				describe(s, transfer).filter((m) -> m.flags().isEmpty() || !s.filter().suppressSuspicious())
					.ifPresent(matches::add);
			}
		}
		return matches;
	}

	/**
	 * How a transfer matches one subscription's filter, whatever its event types.
	 * @param s the subscription
	 * @param transfer the transfer
	 * @return the match with its flags, or empty when a filter field rules it out
	 */
	public Optional<Match> describe(Subscription s, TokenTransfer transfer) {
		SubscriptionFilter f = s.filter();
		if (s.chainId() != transfer.chainId()) {
			return Optional.empty();
		}
		String watched = null;
		String direction = null;
		if (!f.addresses().isEmpty()) {
			boolean in = f.direction() != Direction.OUT && f.addresses().contains(transfer.toAddress());
			boolean out = f.direction() != Direction.IN && f.addresses().contains(transfer.fromAddress());
			if (!in && !out) {
				return Optional.empty();
			}
			watched = in ? transfer.toAddress() : transfer.fromAddress();
			direction = in ? "in" : "out";
		}
		if (!f.tokens().isEmpty() && !f.tokens().contains(transfer.tokenAddress())) {
			return Optional.empty();
		}
		if (!f.tokenStandards().isEmpty() && !f.tokenStandards().contains(transfer.tokenStandard())) {
			return Optional.empty();
		}
		if (f.minValue() != null && transfer.value().compareTo(f.minValue()) < 0) {
			return Optional.empty();
		}
		return Optional.of(new Match(s, watched, direction, this.rules.flags(transfer, watched)));
	}

	/**
	 * The subscriptions a raised alert goes to: those watching its subject or
	 * counterparty (or, watching no address, its token) that take {@code risk.alert} at
	 * its score.
	 * @param alert the alert
	 * @return the matches
	 */
	public List<Match> alert(RiskAlert alert) {
		List<Match> matches = new ArrayList<>();
		for (Subscription s : this.index.candidates(alert.chainId(),
				Arrays.asList(alert.subjectAddress(), alert.counterpartyAddress()), alert.tokenAddress())) {
			SubscriptionFilter f = s.filter();
			boolean wanted = f.eventTypes().contains(EventType.RISK_ALERT)
					&& (f.minRiskScore() == null || alert.score() >= f.minRiskScore())
					&& (f.tokens().isEmpty() || f.tokens().contains(alert.tokenAddress()));
			if (wanted) {
				String watched = f.addresses().contains(alert.subjectAddress()) ? alert.subjectAddress()
						: (f.addresses().contains(alert.counterpartyAddress()) ? alert.counterpartyAddress() : null);
				matches.add(new Match(s, watched, null, List.of()));
			}
		}
		return matches;
	}

	/**
	 * An active subscription from the index.
	 * @param id the subscription
	 * @return it, or empty when it is not active on this instance
	 */
	public Optional<Subscription> active(UUID id) {
		return Optional.ofNullable(this.index.active(id));
	}

}
