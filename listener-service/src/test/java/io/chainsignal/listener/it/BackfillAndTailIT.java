package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc1155Token;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.Erc721Token;
import io.chainsignal.testsupport.ethereum.LegacyToken;
import io.chainsignal.testsupport.ethereum.SentTransaction;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.EthBlock;

import static io.chainsignal.listener.it.ExpectedTransfer.lower;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backfill of a few hundred blocks of history holding every token standard (and the
 * legacy non-indexed shape), then the live tail: every transfer the test sent is
 * published exactly once, CONFIRMED, in chain order, with block, transaction and token
 * details that match the node.
 */
class BackfillAndTailIT {

	private static final long CHAIN_ID = 31_001;

	private static final BigInteger HUGE = BigInteger.TWO.pow(200);

	@Test
	void backfillsHistoryThenFollowsTheHead() {
		String kafka = TestServers.kafka().bootstrapServers();
		try (Anvil anvil = Anvil.start(CHAIN_ID)) {
			DevAccount alice = DevAccount.of(1);
			DevAccount bob = DevAccount.of(2);
			DevAccount carol = DevAccount.of(3);
			Erc20Token dollar = Erc20Token.deploy(anvil, "Test Dollar", "TUSD", 6);
			Erc721Token art = Erc721Token.deploy(anvil, "Test Art", "TART");
			Erc1155Token items = Erc1155Token.deploy(anvil, "https://items.example/{id}.json");
			LegacyToken kitties = LegacyToken.deploy(anvil);
			Workload work = new Workload();
			for (int round = 0; round < 10; round++) {
				work.erc20Mint(dollar, alice, BigInteger.valueOf(1_000_000 + round));
				work.erc20Transfer(dollar, alice, bob, BigInteger.valueOf(1_000 + round));
				work.erc721Mint(art, alice, round);
				work.erc721Transfer(art, alice, carol, round);
				work.erc1155Mint(items, alice, round % 3, 50);
				work.legacyMint(kitties, bob, 100 + round);
				anvil.chain().mine(25);
			}
			work.erc1155Batch(items, alice, bob, List.of(0L, 1L, 2L), List.of(1L, 2L, 3L));
			work.legacyTransfer(kitties, bob, carol, 100);
			work.erc20Mint(dollar, carol, HUGE);
			SentTransaction big = work.erc20Transfer(dollar, carol, alice, HUGE.subtract(BigInteger.ONE));
			work.erc20Transfer(dollar, bob, carol, BigInteger.ZERO);
			anvil.chain().mine(2);
			assertThat(anvil.chain().blockNumber()).isGreaterThan(300);

			try (TransferTopic topic = new TransferTopic(kafka, CHAIN_ID);
					RunningListener listener = RunningListener.start(RunningListener.defaults(anvil.rpcUrl(), kafka))) {
				List<TokenTransfer> backfill = topic.awaitUntil((events) -> events.size() >= work.expected().size(),
						Duration.ofSeconds(90), "the backfill");
				assertThat(backfill).allMatch((event) -> event.status() == TransferStatus.CONFIRMED);
				assertThat(backfill.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(work.expected());
				assertInChainOrder(backfill);

				TokenTransfer bigOne = backfill.stream()
					.filter((event) -> event.transactionHash().equals(lower(big.hash())))
					.findFirst()
					.orElseThrow();
				EthBlock.Block block = anvil.chain().block(bigOne.blockNumber());
				assertThat(bigOne.blockHash()).isEqualTo(lower(block.getHash()));
				assertThat(bigOne.blockTimestamp()).isEqualTo(block.getTimestamp().longValueExact());
				assertThat(bigOne.txFrom()).isEqualTo(lower(carol.address()));
				assertThat(bigOne.txTo()).isEqualTo(lower(dollar.address()));
				assertThat(bigOne.token()).isEqualTo(new TokenInfo("TUSD", "Test Dollar", 6));
				assertThat(bigOne.value()).isEqualTo(HUGE.subtract(BigInteger.ONE));
				assertThat(bigOne.eventId())
					.isEqualTo(CHAIN_ID + ":" + bigOne.transactionHash() + ":" + bigOne.logIndex() + ":0");

				// Live tail: new transfers are published once they have two
				// confirmations, and not before.
				work.erc20Transfer(dollar, bob, carol, BigInteger.valueOf(7));
				work.erc1155Batch(items, alice, carol, List.of(1L, 2L), List.of(5L, 6L));
				assertThat(topic.settle(Duration.ofSeconds(1))).hasSize(backfill.size());
				anvil.chain().mine(2);
				List<TokenTransfer> all = topic.awaitUntil((events) -> events.size() >= work.expected().size(),
						Duration.ofSeconds(30), "the live tail");
				anvil.chain().mine(3);
				all = topic.settle(Duration.ofSeconds(2));
				assertThat(all.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(work.expected());
				assertThat(all.stream().map(TokenTransfer::eventId).distinct()).hasSize(all.size());
				assertInChainOrder(all);
			}
		}
	}

	static void assertInChainOrder(List<TokenTransfer> events) {
		Comparator<TokenTransfer> chainOrder = Comparator.comparingLong(TokenTransfer::blockNumber)
			.thenComparingInt(TokenTransfer::logIndex)
			.thenComparingInt(TokenTransfer::batchIndex);
		assertThat(events).isSortedAccordingTo(chainOrder);
	}

}
