package io.chainsignal.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds a free TCP port on the loopback interface, for servers that must keep one port
 * across a restart.
 *
 * <p>
 * The port is taken below the kernel's ephemeral range: while a restartable server is
 * down, its clients keep reconnecting, and each attempt takes an ephemeral local port,
 * which must not be the one the server needs back.
 */
public final class FreePort {

	private static final int LOWEST = 15_000;

	private static final int ATTEMPTS = 100;

	private FreePort() {
	}

	/**
	 * Returns a port that was free a moment ago. Prefer letting a server bind port 0 when
	 * it need not restart.
	 * @return a free port on 127.0.0.1
	 */
	public static int find() {
		int highest = ephemeralRangeStart() - 1;
		for (int attempt = 0; highest > LOWEST && attempt < ATTEMPTS; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
			if (bind(port) == port) {
				return port;
			}
		}
		return bind(0);
	}

	private static int bind(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			if (port != 0) {
				return -1;
			}
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

	/**
	 * Linux publishes its range; elsewhere assume Linux's default start, which is below
	 * the IANA range too.
	 */
	private static int ephemeralRangeStart() {
		Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
		// readLine, not Files.readString: procfs reports a size that readString trusts
		// and truncates to.
		try (BufferedReader reader = Files.newBufferedReader(range)) {
			int start = Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
			if (start > LOWEST + 1_000) {
				return start;
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or unreadable: fall back to the default below
		}
		return 32_768;
	}

}
