package io.chainsignal.analytics.web;

/**
 * A request parameter the API cannot accept; answered with 400 and RFC 9457 problem
 * details naming the parameter.
 */
public class BadRequestException extends RuntimeException {

	private final String parameter;

	public BadRequestException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
