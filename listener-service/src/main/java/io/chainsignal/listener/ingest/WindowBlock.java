package io.chainsignal.listener.ingest;

import java.util.List;

import io.chainsignal.common.transfer.TokenTransfer;

/**
 * A recent block the listener has processed: its place in the chain, whether its events
 * were published as {@code CONFIRMED} yet, and the events themselves, which a
 * reorganisation would have to retract.
 */
public record WindowBlock(long number, String hash, String parentHash, boolean confirmed, List<TokenTransfer> events) {

	public WindowBlock {
		events = List.copyOf(events);
	}

}
