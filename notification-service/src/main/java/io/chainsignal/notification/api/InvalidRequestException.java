package io.chainsignal.notification.api;

/**
 * A request that passed bean validation but breaks a rule across fields; answered 400
 * with the field named.
 */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
