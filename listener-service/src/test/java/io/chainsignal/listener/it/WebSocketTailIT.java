package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live tail driven by the node's {@code newHeads} WebSocket subscription: with a
 * one-minute poll interval, new blocks are still read within seconds, because each
 * announced head wakes the listener.
 */
class WebSocketTailIT {

	private static final long CHAIN_ID = 31_012;

	@Test
	void newHeadsWakeTheListenerLongBeforeThePollInterval() {
		String kafka = TestServers.kafka().bootstrapServers();
		DevAccount alice = DevAccount.of(1);
		try (Anvil anvil = Anvil.start(CHAIN_ID)) {
			Erc20Token token = Erc20Token.deploy(anvil, "Socket Dollar", "SOCK", 6);
			Workload work = new Workload();
			work.erc20Mint(token, alice, BigInteger.TEN);
			anvil.chain().mine(2);
			Map<String, String> properties = RunningListener.defaults(anvil.rpcUrl(), kafka);
			properties.put("chainsignal.listener.poll-interval", "60s");
			properties.put("chainsignal.listener.websocket-address", anvil.rpcUrl().replace("http://", "ws://"));
			try (TransferTopic topic = new TransferTopic(kafka, CHAIN_ID);
					RunningListener listener = RunningListener.start(properties)) {
				topic.awaitUntil((events) -> events.size() == 1, Duration.ofSeconds(30), "the backfill");
				for (int i = 1; i <= 3; i++) {
					work.erc20Mint(token, alice, BigInteger.valueOf(i));
					anvil.chain().mine(2);
					int expected = work.expected().size();
					topic.awaitUntil((events) -> events.size() == expected, Duration.ofSeconds(15),
							"transfer " + i + " without waiting for the poll interval");
				}
				assertThat(topic.settle(Duration.ofMillis(500)).stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(work.expected());
			}
		}
	}

}
