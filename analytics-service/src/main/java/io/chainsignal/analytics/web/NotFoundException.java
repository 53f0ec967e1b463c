package io.chainsignal.analytics.web;

/**
 * Something the store does not know (a token, a transaction); answered with 404 and
 * problem details.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
