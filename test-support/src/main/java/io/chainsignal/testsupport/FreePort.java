package io.chainsignal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Finds a free TCP port on the loopback interface, for servers that must keep one port
 * across a restart.
 */
public final class FreePort {

	private FreePort() {
	}

	/**
	 * Returns a port that was free a moment ago. Prefer letting a server bind port 0 when
	 * it need not restart.
	 * @return a free port on 127.0.0.1
	 */
	public static int find() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

}
