package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.ReorgTransaction;
import io.chainsignal.testsupport.ethereum.SentTransaction;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;

import static io.chainsignal.listener.it.ExpectedTransfer.lower;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chain reorganisations of depth 1 to 5 with replacement transactions, driven by
 * {@code anvil_reorg}: the listener retracts every published event of the orphaned blocks
 * (newest first, carrying the retracted block hash) before anything of the replacement
 * blocks, and a consumer applying the contract's rules ends up with exactly the canonical
 * chain.
 */
class ReorgIT {

	private static final DevAccount ALICE = DevAccount.of(1);

	private static final DevAccount BOB = DevAccount.of(2);

	private static final DevAccount CAROL = DevAccount.of(3);

	private final String kafka = TestServers.kafka().bootstrapServers();

	@Test
	void retractsUnconfirmedEventsOfOrphanedBlocksBeforeTheReplacements() {
		long chainId = 31_002;
		try (Anvil anvil = Anvil.start(chainId)) {
			Erc20Token token = Erc20Token.deploy(anvil, "Reorg Dollar", "RUSD", 18);
			Workload work = new Workload();
			work.erc20Mint(token, ALICE, BigInteger.valueOf(1_000_000));
			Map<String, String> properties = RunningListener.defaults(anvil.rpcUrl(), this.kafka);
			properties.put("chainsignal.listener.emit-unconfirmed", "true");
			properties.put("chainsignal.listener.confirmations", "6");
			try (TransferTopic topic = new TransferTopic(this.kafka, chainId);
					RunningListener listener = RunningListener.start(properties)) {
				topic.awaitUntil((events) -> events.size() == 1, Duration.ofSeconds(30), "the mint");
				for (int depth = 1; depth <= 5; depth++) {
					List<SentTransaction> orphans = new ArrayList<>();
					for (int i = 0; i < depth; i++) {
						orphans.add(work.erc20Transfer(token, ALICE, BOB, BigInteger.valueOf(100 * depth + i)));
					}
					Set<String> orphanHashes = orphans.stream()
						.map((tx) -> lower(tx.hash()))
						.collect(Collectors.toSet());
					List<TokenTransfer> before = topic.awaitUntil(
							(events) -> unconfirmedOf(events, orphanHashes) == orphanHashes.size(),
							Duration.ofSeconds(30), "UNCONFIRMED events of depth " + depth);
					long head = anvil.chain().blockNumber();
					BigInteger replacementAmount = BigInteger.valueOf(7_000 + depth);
					anvil.chain()
						.reorg(depth, new ReorgTransaction(ALICE, token.address(),
								Erc20Token.transferData(CAROL.address(), replacementAmount), 0));
					assertThat(anvil.chain().blockNumber()).isEqualTo(head);
					orphans.forEach(work::forget);
					ExpectedTransfer replacement = replacement(anvil, token, head - depth + 1, replacementAmount);
					List<TokenTransfer> after = topic.awaitUntil(
							(events) -> events.stream()
								.anyMatch((e) -> e.transactionHash().equals(replacement.transactionHash())),
							Duration.ofSeconds(30), "the replacement of depth " + depth);

					List<TokenTransfer> retraction = after.subList(before.size(), before.size() + depth);
					assertThat(retraction).allMatch((event) -> event.status() == TransferStatus.REMOVED);
					List<TokenTransfer> retracted = before.stream()
						.filter((event) -> orphanHashes.contains(event.transactionHash()))
						.toList()
						.reversed();
					assertThat(retraction.stream().map(TokenTransfer::eventId))
						.containsExactlyElementsOf(retracted.stream().map(TokenTransfer::eventId).toList());
					assertThat(retraction.stream().map(TokenTransfer::blockHash))
						.containsExactlyElementsOf(retracted.stream().map(TokenTransfer::blockHash).toList());
					work.expectReplacement(replacement);
				}
				anvil.chain().mine(7);
				List<TokenTransfer> all = topic.awaitUntil(
						(events) -> Lifecycle.replay(events).confirmed().size() == work.expected().size(),
						Duration.ofSeconds(30), "every canonical transfer CONFIRMED");
				assertCanonical(anvil, token, work, Lifecycle.replay(topic.settle(Duration.ofSeconds(1))), 6);
				assertThat(all.stream().filter((event) -> event.status() == TransferStatus.REMOVED)).hasSize(15);
			}
		}
	}

	@Test
	void retractsConfirmedEventsWhenTheReorgIsDeeperThanTheConfirmations() {
		long chainId = 31_003;
		try (Anvil anvil = Anvil.start(chainId)) {
			Erc20Token token = Erc20Token.deploy(anvil, "Deep Dollar", "DUSD", 18);
			Workload work = new Workload();
			work.erc20Mint(token, ALICE, BigInteger.valueOf(1_000_000));
			SentTransaction kept = work.erc20Transfer(token, ALICE, BOB, BigInteger.valueOf(1));
			SentTransaction second = work.erc20Transfer(token, ALICE, BOB, BigInteger.valueOf(2));
			SentTransaction third = work.erc20Transfer(token, ALICE, BOB, BigInteger.valueOf(3));
			anvil.chain().mine(2);
			try (TransferTopic topic = new TransferTopic(this.kafka, chainId);
					RunningListener listener = RunningListener
						.start(RunningListener.defaults(anvil.rpcUrl(), this.kafka))) {
				List<TokenTransfer> before = topic.awaitUntil((events) -> events.size() == 4, Duration.ofSeconds(30),
						"four CONFIRMED transfers");
				assertThat(before).allMatch((event) -> event.status() == TransferStatus.CONFIRMED);
				long head = anvil.chain().blockNumber();
				BigInteger amount = BigInteger.valueOf(42);
				anvil.chain()
					.reorg(4, new ReorgTransaction(ALICE, token.address(),
							Erc20Token.transferData(CAROL.address(), amount), 0));
				work.forget(second);
				work.forget(third);
				ExpectedTransfer replacement = replacement(anvil, token, head - 3, amount);
				work.expectReplacement(replacement);
				List<TokenTransfer> after = topic.awaitUntil((events) -> events.size() == 7, Duration.ofSeconds(30),
						"two retractions and the replacement");
				assertThat(after.subList(4, 6)).extracting(TokenTransfer::status, TokenTransfer::transactionHash)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(TransferStatus.REMOVED, lower(third.hash())),
							org.assertj.core.groups.Tuple.tuple(TransferStatus.REMOVED, lower(second.hash())));
				assertThat(after.get(6).status()).isEqualTo(TransferStatus.CONFIRMED);
				assertThat(after.get(6).transactionHash()).isEqualTo(replacement.transactionHash());
				assertThat(Lifecycle.replay(after).applied()).containsKey(chainId + ":" + lower(kept.hash()) + ":0:0");
				assertCanonical(anvil, token, work, Lifecycle.replay(topic.settle(Duration.ofSeconds(1))), 2);
			}
		}
	}

	@Test
	void stopsWithHealthDownWhenTheForkIsBelowTheWindow() throws Exception {
		long chainId = 31_004;
		try (Anvil anvil = Anvil.start(chainId)) {
			Erc20Token token = Erc20Token.deploy(anvil, "Fragile Dollar", "FUSD", 18);
			Workload work = new Workload();
			work.erc20Mint(token, ALICE, BigInteger.valueOf(1_000));
			anvil.chain().mine(10);
			Map<String, String> properties = RunningListener.defaults(anvil.rpcUrl(), this.kafka);
			properties.put("chainsignal.listener.confirmations", "1");
			properties.put("chainsignal.listener.reorg-margin", "2");
			try (TransferTopic topic = new TransferTopic(this.kafka, chainId);
					RunningListener listener = RunningListener.start(properties)) {
				topic.awaitUntil((events) -> events.size() == 1, Duration.ofSeconds(30), "the mint");
				ActuatorHealth.awaitComponent(listener, "listener", "UP");
				anvil.chain()
					.reorg(8, new ReorgTransaction(ALICE, token.address(),
							Erc20Token.transferData(BOB.address(), BigInteger.ONE), 0));
				ActuatorHealth.awaitComponent(listener, "listener", "DOWN");
				assertThat(topic.settle(Duration.ofSeconds(1))).hasSize(1);
			}
		}
	}

	private static long unconfirmedOf(List<TokenTransfer> events, Set<String> hashes) {
		return events.stream()
			.filter((event) -> event.status() == TransferStatus.UNCONFIRMED && hashes.contains(event.transactionHash()))
			.count();
	}

	/** The replacement transfer, found on the new canonical chain by the node itself. */
	private static ExpectedTransfer replacement(Anvil anvil, Erc20Token token, long block, BigInteger amount) {
		List<Log> logs = anvil.chain().logs(block, block, token.address());
		assertThat(logs).hasSize(1);
		Log log = logs.getFirst();
		assertThat(new BigInteger(log.getData().substring(2), 16)).isEqualTo(amount);
		return new ExpectedTransfer(lower(log.getTransactionHash()), log.getLogIndex().intValueExact(), 0,
				TokenStandard.ERC20, lower(token.address()), lower(ALICE.address()), lower(CAROL.address()), amount,
				null, null);
	}

	/**
	 * What the consumer holds as CONFIRMED is exactly the canonical chain's transfer logs
	 * up to the final block (the node is the oracle), and their content is what the test
	 * sent.
	 */
	private static void assertCanonical(Anvil anvil, Erc20Token token, Workload work, Lifecycle consumer,
			int confirmations) {
		long finalBlock = anvil.chain().blockNumber() - confirmations;
		Set<String> canonical = anvil.chain()
			.logs(0, finalBlock, token.address())
			.stream()
			.map((log) -> lower(log.getTransactionHash()) + ":" + log.getLogIndex())
			.collect(Collectors.toSet());
		assertThat(consumer.confirmed().stream().map((t) -> t.transactionHash() + ":" + t.logIndex()))
			.containsExactlyInAnyOrderElementsOf(canonical);
		assertThat(consumer.confirmed()).containsExactlyInAnyOrderElementsOf(work.expected());
		assertThat(consumer.duplicates()).isZero();
		assertThat(consumer.strayRemovals()).isZero();
	}

}
