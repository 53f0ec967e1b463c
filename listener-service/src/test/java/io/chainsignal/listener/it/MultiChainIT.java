package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import org.junit.jupiter.api.Test;

import static io.chainsignal.listener.it.ExpectedTransfer.lower;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two listeners for two chains run at once against one Kafka cluster: their cursors and
 * transactional ids are distinct, each publishes its own chain exactly once, and the
 * token filter keeps only the listed contracts.
 */
class MultiChainIT {

	private static final long CHAIN_A = 31_010;

	private static final long CHAIN_B = 31_011;

	@Test
	void twoChainsShareOneClusterAndATokenFilterKeepsOnlyItsTokens() {
		String kafka = TestServers.kafka().bootstrapServers();
		DevAccount alice = DevAccount.of(1);
		DevAccount bob = DevAccount.of(2);
		try (Anvil chainA = Anvil.start(CHAIN_A); Anvil chainB = Anvil.start(CHAIN_B)) {
			Erc20Token dollarA = Erc20Token.deploy(chainA, "Dollar A", "USDA", 6);
			Erc20Token followed = Erc20Token.deploy(chainB, "Followed", "FOL", 18);
			Erc20Token ignored = Erc20Token.deploy(chainB, "Ignored", "IGN", 18);
			Workload workA = new Workload();
			Workload workB = new Workload();
			Workload notFollowed = new Workload();
			for (int i = 0; i < 5; i++) {
				workA.erc20Mint(dollarA, alice, BigInteger.valueOf(10 + i));
				workB.erc20Mint(followed, bob, BigInteger.valueOf(20 + i));
				notFollowed.erc20Mint(ignored, bob, BigInteger.valueOf(30 + i));
			}
			chainA.chain().mine(2);
			chainB.chain().mine(2);
			Map<String, String> propertiesB = RunningListener.defaults(chainB.rpcUrl(), kafka);
			propertiesB.put("chainsignal.listener.tokens", followed.address().toUpperCase().replace("0X", "0x"));
			try (TransferTopic topicA = new TransferTopic(kafka, CHAIN_A);
					TransferTopic topicB = new TransferTopic(kafka, CHAIN_B);
					RunningListener listenerA = RunningListener.start(RunningListener.defaults(chainA.rpcUrl(), kafka));
					RunningListener listenerB = RunningListener.start(propertiesB)) {
				topicA.awaitUntil((events) -> events.size() >= 5, Duration.ofSeconds(60), "chain A");
				topicB.awaitUntil((events) -> events.size() >= 5, Duration.ofSeconds(60), "chain B");
				List<TokenTransfer> eventsA = topicA.settle(Duration.ofSeconds(1));
				List<TokenTransfer> eventsB = topicB.settle(Duration.ofSeconds(1));
				assertThat(eventsA.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(workA.expected());
				assertThat(eventsB.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(workB.expected());
				assertThat(eventsB).noneMatch((event) -> event.tokenAddress().equals(lower(ignored.address())));
				assertThat(notFollowed.expected()).hasSize(5);
			}
		}
	}

}
