package io.chainsignal.notification.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.notification.delivery.DeliveryStore;
import io.chainsignal.notification.delivery.NewDelivery;
import io.chainsignal.notification.matching.Match;
import io.chainsignal.notification.matching.Matcher;
import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.Digest;
import io.chainsignal.notification.subscription.EventType;
import io.chainsignal.notification.subscription.Subscription;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one consumed event into outbox rows, in one database transaction; the listener
 * container commits the offset only after it. A REMOVED transfer withdraws what of its
 * placement is still waiting, and goes to exactly the subscriptions that were (or are
 * being) given the placement; a RETRACTED alert to those given the alert.
 */
@Component
class EventRouter {

	private static final List<EventType> PLACEMENT_TYPES = List.of(EventType.TRANSFER_CONFIRMED,
			EventType.TRANSFER_UNCONFIRMED);

	private final Matcher matcher;

	private final DeliveryStore deliveries;

	private final FlaggedEvents flagged;

	private final TransactionTemplate transaction;

	EventRouter(Matcher matcher, DeliveryStore deliveries, FlaggedEvents flagged, TransactionTemplate transaction) {
		this.matcher = matcher;
		this.deliveries = deliveries;
		this.flagged = flagged;
		this.transaction = transaction;
	}

	/**
	 * Matches a transfer in memory first: most transfers match nobody and then cost no
	 * database transaction at all.
	 * @param transfer the consumed transfer
	 */
	public void transfer(TokenTransfer transfer) {
		if (transfer.status() == TransferStatus.REMOVED) {
			this.transaction.executeWithoutResult((status) -> retractTransfer(transfer));
			return;
		}
		EventType type = (transfer.status() == TransferStatus.CONFIRMED) ? EventType.TRANSFER_CONFIRMED
				: EventType.TRANSFER_UNCONFIRMED;
		List<Match> matches = this.matcher.transfer(transfer, type);
		if (!matches.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> enqueueMatches(type, transfer, matches));
		}
	}

	private void enqueueMatches(EventType type, TokenTransfer transfer, List<Match> matches) {
		Optional<String> flag = this.flagged.reason(transfer.eventId());
		for (Match match : matches) {
			if (flag.isEmpty()) {
				enqueueTransfer(type, transfer, match);
			}
			else if (!match.subscription().filter().suppressSuspicious()) {
				List<String> flags = new ArrayList<>(match.flags());
				flags.add(flag.get());
				enqueueTransfer(type, transfer,
						new Match(match.subscription(), match.watchedAddress(), match.direction(), flags));
			}
		}
	}

	@Transactional
	public void alert(RiskAlert alert) {
		if (alert.status() == AlertStatus.RAISED) {
			this.flagged.flag(alert);
			for (Match match : this.matcher.alert(alert)) {
				enqueueAlert(alert, match, match.subscription());
			}
			return;
		}
		for (UUID id : this.deliveries.recipients(alert.alertId(), null, List.of(EventType.RISK_ALERT))) {
			this.matcher.active(id).ifPresent((s) -> enqueueAlert(alert, null, s));
		}
	}

	private void retractTransfer(TokenTransfer removed) {
		this.deliveries.withdraw(removed.eventId(), removed.blockHash(), PLACEMENT_TYPES);
		for (UUID id : this.deliveries.recipients(removed.eventId(), removed.blockHash(), PLACEMENT_TYPES)) {
			// retractions are never filtered: whoever was told of the placement is told
			// it is gone
			this.matcher.active(id)
				.flatMap((s) -> this.matcher.describe(s, removed))
				.ifPresent((match) -> enqueueTransfer(EventType.TRANSFER_REMOVED, removed, match));
		}
	}

	private void enqueueTransfer(EventType type, TokenTransfer t, Match match) {
		Subscription s = match.subscription();
		this.deliveries.enqueue(new NewDelivery(s.id(), WebhookIds.of(s.id(), type, t.eventId() + "@" + t.blockHash()),
				type, t.eventId(), t.blockHash(), Payloads.transfer(type, t, match), digest(s)));
	}

	private void enqueueAlert(RiskAlert alert, Match match, Subscription s) {
		this.deliveries.enqueue(new NewDelivery(s.id(),
				WebhookIds.of(s.id(), EventType.RISK_ALERT, alert.alertId() + "@" + alert.status().name()),
				EventType.RISK_ALERT, alert.alertId(), null, Payloads.alert(alert, match, s.id().toString()),
				digest(s)));
	}

	private static boolean digest(Subscription s) {
		return s.channel() == Channel.EMAIL && s.digest() != Digest.NONE;
	}

}
