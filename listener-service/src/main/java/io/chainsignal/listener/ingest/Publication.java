package io.chainsignal.listener.ingest;

import java.util.List;

import io.chainsignal.common.transfer.TokenTransfer;

/**
 * What one step commits: the events to publish, in order, and the cursor that accounts
 * for them.
 */
public record Publication(List<TokenTransfer> events, ListenerState after) {

	public Publication {
		events = List.copyOf(events);
	}

}
