package io.chainsignal.listener.chain;

/**
 * The node's answers do not describe one chain (a log names a block hash that its header
 * does not have, or a block is not there yet): the chain moved between two calls, and the
 * step must be read again.
 */
public class ChainMovedException extends RuntimeException {

	public ChainMovedException(String message) {
		super(message);
	}

}
