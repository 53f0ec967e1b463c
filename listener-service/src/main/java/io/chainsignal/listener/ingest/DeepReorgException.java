package io.chainsignal.listener.ingest;

/**
 * The chain forked below the oldest block of the reorg window: the listener cannot tell
 * what to retract, so it stops rather than corrupt its consumers.
 */
class DeepReorgException extends RuntimeException {

	DeepReorgException(String message) {
		super(message);
	}

}
