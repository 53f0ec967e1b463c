package io.chainsignal.testsupport;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortTest {

	@RepeatedTest(5)
	void findsABindablePortBelowTheEphemeralRange() throws Exception {
		int port = FreePort.find();
		assertThat(port).isBetween(15_000, 32_767);
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

}
