package io.chainsignal.testsupport.ethereum;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.protocol.core.methods.response.Log;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mining, automine, snapshots and reorgs on a dedicated anvil (they would disturb tests
 * sharing a node).
 */
class ChainControlIT {

	private static Anvil anvil;

	private static Chain chain;

	private final DevAccount alice = DevAccount.of(1);

	private final DevAccount bob = DevAccount.of(2);

	private final DevAccount carol = DevAccount.of(3);

	@BeforeAll
	static void startNode() {
		anvil = Anvil.start();
		chain = anvil.chain();
	}

	@AfterAll
	static void stopNode() {
		anvil.close();
	}

	@Test
	void anvilMineAddsBlocksAtOnce() {
		long head = chain.blockNumber();
		chain.mine(5);
		assertThat(chain.blockNumber()).isEqualTo(head + 5);
		assertThat(chain.block(head + 5).getParentHash()).isEqualTo(chain.blockHash(head + 4));
	}

	@Test
	void withAutomineOffTransactionsWaitInThePoolUntilEvmMine() {
		Erc20Token token = Erc20Token.deploy(anvil, "Test", "TST", 18);
		token.mint(this.alice.address(), BigInteger.valueOf(100)).receipt();
		chain.setAutomine(false);
		try {
			long head = chain.blockNumber();
			SentTransaction first = token.transfer(this.alice, this.bob.address(), BigInteger.ONE);
			SentTransaction second = token.transfer(this.alice, this.carol.address(), BigInteger.TWO);
			assertThat(chain.receipt(first.hash())).isEmpty();
			assertThat(chain.blockNumber()).isEqualTo(head);

			chain.evmMine();

			assertThat(chain.blockNumber()).isEqualTo(head + 1);
			assertThat(first.blockNumber()).isEqualTo(head + 1);
			assertThat(second.blockNumber()).isEqualTo(head + 1);
			assertThat(chain.logs(head + 1, head + 1, token.address())).hasSize(2);
		}
		finally {
			chain.setAutomine(true);
		}
		assertThat(token.balanceOf(this.alice.address())).isEqualTo(97);
	}

	@Test
	void revertRewindsBlocksAndStateToTheSnapshot() {
		Erc20Token token = Erc20Token.deploy(anvil, "Test", "TST", 18);
		token.mint(this.alice.address(), BigInteger.valueOf(100)).receipt();
		long head = chain.blockNumber();
		String headHash = chain.blockHash(head);
		String snapshot = chain.snapshot();

		token.transfer(this.alice, this.bob.address(), BigInteger.valueOf(40)).receipt();
		chain.mine(3);
		assertThat(chain.blockNumber()).isEqualTo(head + 4);
		assertThat(token.balanceOf(this.bob.address())).isEqualTo(40);

		chain.revert(snapshot);

		assertThat(chain.blockNumber()).isEqualTo(head);
		assertThat(chain.blockHash(head)).isEqualTo(headHash);
		assertThat(token.balanceOf(this.alice.address())).isEqualTo(100);
		assertThat(token.balanceOf(this.bob.address())).isZero();
	}

	@ParameterizedTest(name = "depth {0}")
	@ValueSource(ints = { 1, 2, 3 })
	void reorgReplacesBlocksAndTheirLogs(int depth) {
		Erc20Token token = Erc20Token.deploy(anvil, "Test", "TST", 18);
		token.mint(this.alice.address(), BigInteger.valueOf(1_000)).receipt();
		SentTransaction original = token.transfer(this.alice, this.bob.address(), BigInteger.valueOf(100));
		long replacedBlock = original.blockNumber();
		chain.mine(depth - 1);
		long head = chain.blockNumber();
		assertThat(head).isEqualTo(replacedBlock + depth - 1);
		String ancestorHash = chain.blockHash(replacedBlock - 1);
		String replacedHash = chain.blockHash(replacedBlock);
		assertThat(chain.logs(replacedBlock, head, token.address())).singleElement()
			.satisfies((log) -> assertThat(log.getTopics().get(2)).isEqualTo(TokenContractsIT.topic(this.bob)));

		// The new head block carries a different transfer from the same sender.
		chain.reorg(depth, new ReorgTransaction(this.alice, token.address(),
				Erc20Token.transferData(this.carol.address(), BigInteger.valueOf(60)), depth - 1));

		assertThat(chain.blockNumber()).isEqualTo(head);
		assertThat(chain.blockHash(replacedBlock - 1)).isEqualTo(ancestorHash);
		assertThat(chain.blockHash(replacedBlock)).isNotEqualTo(replacedHash);
		List<Log> logs = chain.logs(replacedBlock, head, token.address());
		assertThat(logs).singleElement().satisfies((log) -> {
			assertThat(log.getBlockNumber()).isEqualTo(head);
			assertThat(log.getBlockHash()).isEqualTo(chain.blockHash(head));
			assertThat(log.getTopics()).containsExactly(TokenEvents.TRANSFER, TokenContractsIT.topic(this.alice),
					TokenContractsIT.topic(this.carol));
			assertThat(TokenContractsIT.words(log.getData())).containsExactly(BigInteger.valueOf(60));
		});
		assertThat(chain.receipt(original.hash())).isEmpty();
		assertThat(token.balanceOf(this.bob.address())).isZero();
		assertThat(token.balanceOf(this.carol.address())).isEqualTo(60);
		assertThat(token.balanceOf(this.alice.address())).isEqualTo(940);
	}

	@Test
	void severalNodesRunSideBySideAsIndependentChains() {
		try (Anvil second = Anvil.start(1337)) {
			assertThat(second.chainId()).isEqualTo(1337);
			assertThat(second.rpcUrl()).isNotEqualTo(anvil.rpcUrl());
			long firstHead = chain.blockNumber();
			second.chain().mine(7);
			assertThat(second.chain().blockNumber()).isEqualTo(7);
			assertThat(chain.blockNumber()).isEqualTo(firstHead);
			assertThat(second.transactor()
				.sendValue(this.alice, this.bob.address(), BigInteger.TEN)
				.receipt()
				.isStatusOK()).isTrue();
		}
	}

}
