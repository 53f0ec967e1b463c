package io.chainsignal.listener.rpc;

/**
 * The node refused or could not finish a block-range query (too many results, range above
 * its limit, or a timeout): the caller should split the range.
 */
public class RangeTooLargeException extends Exception {

	RangeTooLargeException(String message) {
		super(message);
	}

}
