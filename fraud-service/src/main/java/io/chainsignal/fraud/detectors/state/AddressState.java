package io.chainsignal.fraud.detectors.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;

/**
 * Everything the address-keyed detectors remember about one (chain, address): recent
 * legs, recent counterparties, per-token flows, poisoner marks and quiet periods; stored
 * in a changelogged state store and bounded by time and count.
 *
 * @param outgoing recent outgoing legs, oldest first
 * @param incoming recent incoming legs, oldest first
 * @param counterparties recent counterparties, oldest first
 * @param flows per-token totals
 * @param marks poisoners watched for this address
 * @param quietUntil per detector, block time before which it does not fire again
 */
public record AddressState(List<Leg> outgoing, List<Leg> incoming, List<Counterparty> counterparties,
		Map<String, TokenFlow> flows, List<Mark> marks, Map<String, Long> quietUntil) {

	/** Legs kept per direction, so that a very busy address stays cheap. */
	public static final int MAX_LEGS = 200;

	public AddressState {
		outgoing = (outgoing != null) ? new ArrayList<>(outgoing) : new ArrayList<>();
		incoming = (incoming != null) ? new ArrayList<>(incoming) : new ArrayList<>();
		counterparties = (counterparties != null) ? new ArrayList<>(counterparties) : new ArrayList<>();
		flows = (flows != null) ? new HashMap<>(flows) : new HashMap<>();
		marks = (marks != null) ? new ArrayList<>(marks) : new ArrayList<>();
		quietUntil = (quietUntil != null) ? new HashMap<>(quietUntil) : new HashMap<>();
	}

	/**
	 * An empty state.
	 * @return a new empty state
	 */
	public static AddressState empty() {
		return new AddressState(null, null, null, null, null, null);
	}

	/**
	 * Forgets what no detector can use any more at block time {@code now}.
	 * @param now the latest block timestamp
	 * @param settings the detector settings that bound the windows
	 */
	public void prune(long now, DetectorSettings settings) {
		// Outgoing legs serve fan-out-burst and round-trip; incoming legs only
		// rapid-pass-through, so they are kept for its window alone.
		long outgoingHorizon = now
				- Math.max(settings.roundTrip().window().toSeconds(), settings.fanOutBurst().window().toSeconds());
		long incomingHorizon = now - settings.rapidPassThrough().window().toSeconds();
		this.outgoing.removeIf((leg) -> leg.time() < outgoingHorizon);
		this.incoming.removeIf((leg) -> leg.time() < incomingHorizon);
		trim(this.outgoing, MAX_LEGS);
		trim(this.incoming, MAX_LEGS);
		long counterpartyHorizon = now - settings.lookalikeCounterparty().lookback().toSeconds();
		this.counterparties.removeIf((counterparty) -> counterparty.lastSeen() < counterpartyHorizon);
		trim(this.counterparties, settings.lookalikeCounterparty().maxCounterparties());
		this.marks.removeIf((mark) -> mark.until() < now);
		this.quietUntil.values().removeIf((until) -> until < now);
	}

	/**
	 * Remembers a counterparty, moving it to the most recent end.
	 * @param address the counterparty
	 * @param time the block timestamp
	 * @param eventId the transfer's event id
	 */
	public void touchCounterparty(String address, long time, String eventId) {
		this.counterparties.removeIf((counterparty) -> counterparty.address().equals(address));
		this.counterparties.add(new Counterparty(address, time, eventId));
	}

	/**
	 * Adds a transfer's amount to the per-token totals.
	 * @param transfer the transfer
	 * @param outgoing true when this address sent it
	 * @param sign 1 to apply, -1 to undo
	 */
	public void addFlow(Transfer transfer, boolean outgoing, int sign) {
		TokenFlow flow = this.flows.getOrDefault(transfer.tokenAddress(), TokenFlow.NONE);
		BigInteger delta = (sign > 0) ? transfer.value() : transfer.value().negate();
		TokenFlow next = outgoing ? new TokenFlow(flow.received(), flow.sent().add(delta))
				: new TokenFlow(flow.received().add(delta), flow.sent());
		this.flows.put(transfer.tokenAddress(), next);
	}

	/**
	 * Undoes everything one retracted event contributed.
	 * @param eventId the retracted event
	 */
	public void forget(String eventId) {
		this.outgoing.removeIf((leg) -> leg.eventId().equals(eventId));
		this.incoming.removeIf((leg) -> leg.eventId().equals(eventId));
		this.counterparties.removeIf((counterparty) -> counterparty.eventId().equals(eventId));
		this.marks.removeIf((mark) -> mark.evidence().contains(eventId));
	}

	private static <T> void trim(List<T> list, int max) {
		while (list.size() > max) {
			list.remove(0);
		}
	}

}
