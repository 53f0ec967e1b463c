package io.chainsignal.notification.webhook;

import java.net.UnknownHostException;

/**
 * A webhook target the SSRF guard refuses. It is an {@link UnknownHostException} so that
 * the HTTP client's resolver can throw it and no connection is ever opened.
 */
public class RefusedTargetException extends UnknownHostException {

	public RefusedTargetException(String message) {
		super(message);
	}

}
