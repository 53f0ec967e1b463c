package io.chainsignal.notification.api;

/**
 * Something that does not exist for the calling tenant (another tenant's ids included);
 * answered 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
