package io.chainsignal.listener.chain;

import java.util.Map;

/**
 * A block as the listener needs it: identity, parent link, timestamp and, when fetched,
 * each transaction's sender and target by transaction hash.
 */
public record Block(long number, String hash, String parentHash, long timestamp,
		Map<String, TransactionParties> parties) {

	public Block {
		parties = Map.copyOf(parties);
	}

}
