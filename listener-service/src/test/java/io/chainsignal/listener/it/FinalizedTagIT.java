package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finality from the node's {@code finalized} tag (anvil places it 64 blocks below the
 * head): a transfer is published, CONFIRMED, only once the node reports its block as
 * finalized.
 */
class FinalizedTagIT {

	private static final long CHAIN_ID = 31_013;

	@Test
	void publishesOnlyWhatTheNodeCallsFinalized() {
		String kafka = TestServers.kafka().bootstrapServers();
		try (Anvil anvil = Anvil.start(CHAIN_ID)) {
			Erc20Token token = Erc20Token.deploy(anvil, "Final Dollar", "FIN", 6);
			Workload work = new Workload();
			work.erc20Mint(token, DevAccount.of(1), BigInteger.valueOf(5));
			anvil.chain().mine(30);
			Map<String, String> properties = RunningListener.defaults(anvil.rpcUrl(), kafka);
			properties.put("chainsignal.listener.finality", "finalized");
			try (TransferTopic topic = new TransferTopic(kafka, CHAIN_ID);
					RunningListener listener = RunningListener.start(properties)) {
				assertThat(topic.settle(Duration.ofSeconds(3))).isEmpty();
				anvil.chain().mine(40);
				List<TokenTransfer> events = topic.awaitUntil((seen) -> seen.size() == 1, Duration.ofSeconds(30),
						"the transfer once finalized");
				assertThat(events.getFirst().status()).isEqualTo(TransferStatus.CONFIRMED);
				assertThat(events.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyElementsOf(work.expected());
			}
		}
	}

}
