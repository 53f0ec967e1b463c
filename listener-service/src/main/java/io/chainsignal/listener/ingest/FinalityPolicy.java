package io.chainsignal.listener.ingest;

import io.chainsignal.listener.chain.ChainReader;

/** Finds the newest final block for the configured {@link Finality}. */
class FinalityPolicy {

	private final ChainReader chain;

	private final ListenerSettings settings;

	FinalityPolicy(ChainReader chain, ListenerSettings settings) {
		this.chain = chain;
		this.settings = settings;
	}

	/** The newest final block given this head; -1 when no block is final yet. */
	long finalBlock(long head) {
		return switch (this.settings.finality()) {
			case CONFIRMATIONS -> head - this.settings.confirmations();
			case SAFE -> Math.min(head, this.chain.taggedNumber("safe").orElse(-1));
			case FINALIZED -> Math.min(head, this.chain.taggedNumber("finalized").orElse(-1));
		};
	}

}
