package io.chainsignal.notification.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Turns consumed events into outbox rows, in one database transaction per poll of
 * transfers and per alert; the listener container commits the offsets only after it. A
 * REMOVED transfer withdraws what of its placement is still waiting, and goes to exactly
 * the subscriptions that were (or are being) given the placement; a RETRACTED alert to
 * those given the alert.
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
	 * Routes the transfers of one poll, in order. Each is matched in memory first: when
	 * none matches (the vast majority) nothing touches the database. Otherwise one
	 * transaction reads the flags of all matched transfers at once and writes all their
	 * outbox rows in one statement; a REMOVED transfer first flushes the rows before it,
	 * so that its retraction sees them.
	 * @param transfers the consumed transfers, in partition order
	 */
	public void transfers(List<TokenTransfer> transfers) {
		List<Routed> routed = new ArrayList<>(transfers.size());
		for (TokenTransfer transfer : transfers) {
			if (transfer.status() == TransferStatus.REMOVED) {
				routed.add(new Routed(transfer, null, List.of()));
				continue;
			}
			EventType type = (transfer.status() == TransferStatus.CONFIRMED) ? EventType.TRANSFER_CONFIRMED
					: EventType.TRANSFER_UNCONFIRMED;
			List<Match> matches = this.matcher.transfer(transfer, type);
			if (!matches.isEmpty()) {
				routed.add(new Routed(transfer, type, matches));
			}
		}
		if (!routed.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> enqueue(routed));
		}
	}

	private void enqueue(List<Routed> routed) {
		Map<String, String> flags = this.flagged.reasons(
				routed.stream().filter((r) -> r.type() != null).map((r) -> r.transfer().eventId()).distinct().toList());
		List<NewDelivery> rows = new ArrayList<>();
		for (Routed r : routed) {
			if (r.type() == null) {
				this.deliveries.enqueueAll(rows);
				rows.clear();
				retractTransfer(r.transfer());
				continue;
			}
			String flag = flags.get(r.transfer().eventId());
			for (Match match : r.matches()) {
				if (flag == null) {
					rows.add(transferDelivery(r.type(), r.transfer(), match));
				}
				else if (!match.subscription().filter().suppressSuspicious()) {
					List<String> flagged = new ArrayList<>(match.flags());
					flagged.add(flag);
					rows.add(transferDelivery(r.type(), r.transfer(),
							new Match(match.subscription(), match.watchedAddress(), match.direction(), flagged)));
				}
			}
		}
		this.deliveries.enqueueAll(rows);
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
		this.deliveries.enqueue(transferDelivery(type, t, match));
	}

	private static NewDelivery transferDelivery(EventType type, TokenTransfer t, Match match) {
		Subscription s = match.subscription();
		return new NewDelivery(s.id(), WebhookIds.of(s.id(), type, t.eventId() + "@" + t.blockHash()), type,
				t.eventId(), t.blockHash(), Payloads.transfer(type, t, match), digest(s));
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

	/**
	 * A transfer that needs the database: its type and matches, or a null type for a
	 * retraction.
	 */
	private record Routed(TokenTransfer transfer, EventType type, List<Match> matches) {
	}

}
