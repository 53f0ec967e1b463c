package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.kafka.RestartableKafka;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka broker stops while the listener runs and comes back later: the listener
 * blocks and retries, its cursor never passes unpublished data, and what happened on
 * chain during the outage is published once, in order, when the broker returns.
 */
class KafkaOutageIT {

	private static final long CHAIN_ID = 31_008;

	@Test
	void blocksWhileKafkaIsDownAndResumesWithoutLossOrDuplicates() throws Exception {
		DevAccount alice = DevAccount.of(1);
		DevAccount bob = DevAccount.of(2);
		try (Anvil anvil = Anvil.start(CHAIN_ID); RestartableKafka kafka = RestartableKafka.create()) {
			Erc20Token token = Erc20Token.deploy(anvil, "Outage Dollar", "OUT", 6);
			Workload work = new Workload();
			work.erc20Mint(token, alice, BigInteger.valueOf(1_000_000));
			for (int i = 0; i < 10; i++) {
				work.erc20Transfer(token, alice, bob, BigInteger.valueOf(i + 1));
			}
			anvil.chain().mine(2);
			try (TransferTopic topic = new TransferTopic(kafka.bootstrapServers(), CHAIN_ID);
					RunningListener listener = RunningListener
						.start(RunningListener.defaults(anvil.rpcUrl(), kafka.bootstrapServers()))) {
				topic.awaitUntil((events) -> events.size() >= work.expected().size(), Duration.ofSeconds(60),
						"the events before the outage");

				kafka.stop();
				ActuatorHealth.awaitReadiness(listener, "DOWN");
				for (int i = 0; i < 10; i++) {
					work.erc20Transfer(token, alice, bob, BigInteger.valueOf(100 + i));
				}
				anvil.chain().mine(2);
				kafka.start();
				ActuatorHealth.awaitReadiness(listener, "UP");

				topic.awaitUntil((events) -> events.size() >= work.expected().size(), Duration.ofSeconds(90),
						"the events of the outage");
				List<TokenTransfer> all = topic.settle(Duration.ofSeconds(2));
				assertThat(all.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(work.expected());
				BackfillAndTailIT.assertInChainOrder(all);
			}
		}
	}

}
