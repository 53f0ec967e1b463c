package io.chainsignal.listener.ingest;

/**
 * When a block counts as final: {@code confirmations} blocks on top of it, or at or below
 * the node's {@code safe} or {@code finalized} block.
 */
public enum Finality {

	CONFIRMATIONS, SAFE, FINALIZED

}
