package io.chainsignal.listener.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;

/**
 * A consumer that follows the contract's lifecycle rules (docs/events.md, rule 4) to the
 * letter: it remembers the block hash it applied per event id, undoes it on a REMOVED
 * with that hash, ignores a REMOVED with another hash and repeated (event id, block hash,
 * status) triples. The tests compare what it ends up with to the chain.
 */
final class Lifecycle {

	private final Map<String, TokenTransfer> applied = new HashMap<>();

	private int duplicates;

	private int strayRemovals;

	static Lifecycle replay(List<TokenTransfer> events) {
		Lifecycle lifecycle = new Lifecycle();
		events.forEach(lifecycle::apply);
		return lifecycle;
	}

	private void apply(TokenTransfer event) {
		TokenTransfer current = this.applied.get(event.eventId());
		if (event.status() == TransferStatus.REMOVED) {
			if (current != null && current.blockHash().equals(event.blockHash())) {
				this.applied.remove(event.eventId());
			}
			else {
				this.strayRemovals++;
			}
			return;
		}
		if (current != null && current.blockHash().equals(event.blockHash()) && current.status() == event.status()) {
			this.duplicates++;
			return;
		}
		this.applied.put(event.eventId(), event);
	}

	/** What this consumer holds as confirmed. */
	Set<ExpectedTransfer> confirmed() {
		return this.applied.values()
			.stream()
			.filter((event) -> event.status() == TransferStatus.CONFIRMED)
			.map(ExpectedTransfer::of)
			.collect(Collectors.toSet());
	}

	/** Every event this consumer still holds, by event id. */
	Map<String, TokenTransfer> applied() {
		return Map.copyOf(this.applied);
	}

	int duplicates() {
		return this.duplicates;
	}

	int strayRemovals() {
		return this.strayRemovals;
	}

}
