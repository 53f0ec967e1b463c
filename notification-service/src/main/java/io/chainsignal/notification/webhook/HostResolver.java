package io.chainsignal.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves a host name to its addresses; a bean so that tests can stand in for DNS.
 */
@FunctionalInterface
public interface HostResolver {

	/**
	 * Resolves a host name or IP literal.
	 * @param host the host
	 * @return its addresses, at least one
	 * @throws UnknownHostException if it does not resolve
	 */
	InetAddress[] resolve(String host) throws UnknownHostException;

}
