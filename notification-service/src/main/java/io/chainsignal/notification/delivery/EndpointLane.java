package io.chainsignal.notification.delivery;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;

/**
 * The claimed deliveries of one endpoint (host and port) on this instance: at most
 * {@code limit} in flight and at most {@code limit} more waiting here for a slot, so a
 * claimed delivery goes out as soon as its endpoint has room instead of going back to the
 * outbox. A waiting delivery waits for at most one attempt ahead of it, which is why the
 * lease must exceed twice the webhook timeout. Anything beyond is refused and put back by
 * the caller: one slow endpoint never holds more than {@code 2 * limit} of the instance's
 * in-flight slots. While a lane is full, the dispatcher leaves the deliveries of the
 * subscriptions it holds or refused in the outbox instead of claiming them only to put
 * them back; the first request to finish gives it room again, and they may be claimed.
 */
final class EndpointLane {

	/** What {@link #offer} decided. */
	enum Admission {

		/** Send it now, then call {@link #next()} when the request is over. */
		START,

		/** Waiting here; a sender of this lane will take it. */
		QUEUED,

		/** The lane is full: put it back in the outbox. */
		FULL

	}

	private final int limit;

	private final Queue<ClaimedDelivery> waiting = new ArrayDeque<>();

	private int active;

	/** Deliveries in flight or waiting here, by subscription. */
	private final Map<UUID, Integer> holders = new HashMap<>();

	/** Subscriptions whose deliveries were refused since the lane was full. */
	private final Set<UUID> refused = new HashSet<>();

	EndpointLane(int limit) {
		this.limit = limit;
	}

	synchronized Admission offer(ClaimedDelivery delivery) {
		if (this.active < this.limit) {
			this.active++;
			hold(delivery);
			return Admission.START;
		}
		if (this.waiting.size() < this.limit) {
			this.waiting.add(delivery);
			hold(delivery);
			return Admission.QUEUED;
		}
		this.refused.add(delivery.subscription().id());
		return Admission.FULL;
	}

	/**
	 * Whether the lane refuses new deliveries now.
	 * @return true when all its slots are in flight and as many deliveries wait
	 */
	synchronized boolean full() {
		return this.active >= this.limit && this.waiting.size() >= this.limit;
	}

	/**
	 * The subscriptions of the deliveries in flight or waiting here, and those whose
	 * deliveries were refused since the lane was full.
	 * @return their ids
	 */
	synchronized List<UUID> subscriptions() {
		if (this.refused.isEmpty()) {
			return List.copyOf(this.holders.keySet());
		}
		Set<UUID> named = new HashSet<>(this.holders.keySet());
		named.addAll(this.refused);
		return List.copyOf(named);
	}

	/**
	 * Called by a sender of this lane when its request is over.
	 * @param finished the delivery whose request is over
	 * @return the next waiting delivery, which takes over the caller's slot and which the
	 * caller now starts, or null when none waits (the slot is then given back)
	 */
	synchronized ClaimedDelivery next(ClaimedDelivery finished) {
		this.holders.computeIfPresent(finished.subscription().id(), (id, count) -> (count > 1) ? count - 1 : null);
		ClaimedDelivery next = this.waiting.poll();
		if (next == null) {
			this.active--;
		}
		// there is room again: the refused deliveries may be claimed
		this.refused.clear();
		return next;
	}

	private void hold(ClaimedDelivery delivery) {
		this.holders.merge(delivery.subscription().id(), 1, Integer::sum);
	}

}
