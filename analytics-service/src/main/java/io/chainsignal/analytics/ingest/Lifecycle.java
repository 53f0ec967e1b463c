package io.chainsignal.analytics.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.transfer.TokenTransfer;

/**
 * The contract's lifecycle rules as a pure function: from the placements applied before a
 * batch and the batch's events in partition order, the net change to make in one
 * transaction.
 *
 * <p>
 * Per event id: UNCONFIRMED or CONFIRMED with the applied hash is a duplicate (a
 * CONFIRMED marks a pending row final); with another hash it replaces the applied
 * placement (which a live stream never does without a REMOVED first, but a replay does,
 * and replacing is what makes a replay converge to the same state); REMOVED with the
 * applied hash undoes it, with another hash is ignored.
 */
final class Lifecycle {

	private Lifecycle() {
	}

	static Placement step(Placement current, TokenTransfer event) {
		boolean sameHash = current != null && current.blockHash().equals(event.blockHash());
		return switch (event.status()) {
			case UNCONFIRMED -> sameHash ? current : Placement.of(event, false);
			case CONFIRMED -> (sameHash && current.confirmed()) ? current : Placement.of(event, true);
			case REMOVED -> sameHash ? null : current;
		};
	}

	/**
	 * Plans one batch.
	 * @param applied the placements in the store before the batch, by event id (absent
	 * ids have none)
	 * @param events the batch's events in partition order
	 * @return the rows to remove and add, the counted placements to undo and to apply
	 */
	static Plan plan(Map<String, Placement> applied, List<TokenTransfer> events) {
		Map<String, Placement> current = new LinkedHashMap<>();
		for (TokenTransfer event : events) {
			String id = event.eventId();
			Placement before = current.containsKey(id) ? current.get(id) : applied.get(id);
			current.put(id, step(before, event));
		}
		List<Placement> removed = new ArrayList<>();
		List<Placement> added = new ArrayList<>();
		current.forEach((id, after) -> {
			Placement before = applied.get(id);
			boolean unchanged = (before == null) ? after == null : before.sameState(after);
			if (!unchanged) {
				if (before != null) {
					removed.add(before);
				}
				if (after != null) {
					added.add(after);
				}
			}
		});
		return new Plan(removed, added);
	}

	/**
	 * The net change of a batch: rows to delete (undoing their contributions when
	 * confirmed) and rows to insert (applying theirs when confirmed).
	 *
	 * @param removed placements to delete
	 * @param added placements to insert
	 */
	record Plan(List<Placement> removed, List<Placement> added) {

		boolean isEmpty() {
			return this.removed.isEmpty() && this.added.isEmpty();
		}

	}

}
