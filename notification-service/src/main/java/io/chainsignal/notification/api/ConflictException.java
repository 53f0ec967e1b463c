package io.chainsignal.notification.api;

/**
 * A request the resource's current state does not allow; answered 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
