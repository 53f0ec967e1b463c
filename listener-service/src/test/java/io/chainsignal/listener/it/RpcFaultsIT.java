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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's endpoint misbehaves in every way a real provider does, through a real HTTP
 * proxy in front of anvil: HTTP 429 with {@code Retry-After}, HTTP 500, timeouts, reset
 * connections, malformed bodies, and finally a dead primary and then no endpoint at all.
 * Nothing is skipped or duplicated; the listener fails over, reports readiness DOWN while
 * no endpoint works, and catches up when one comes back.
 */
class RpcFaultsIT {

	private static final long CHAIN_ID = 31_006;

	private static final DevAccount ALICE = DevAccount.of(1);

	private static final DevAccount BOB = DevAccount.of(2);

	@Test
	void retriesEveryKindOfFaultWithoutSkippingOrDuplicating() throws Exception {
		String kafka = TestServers.kafka().bootstrapServers();
		try (Anvil anvil = Anvil.start(CHAIN_ID); FaultyRpcProxy node = new FaultyRpcProxy(anvil.rpcUrl())) {
			Erc20Token token = Erc20Token.deploy(anvil, "Faulty Dollar", "FLT", 6);
			Workload work = history(anvil, token);
			for (FaultyRpcProxy.Kind kind : FaultyRpcProxy.Kind.values()) {
				node.inject(kind, "eth_getLogs");
				node.inject(kind, "batch:eth_getBlockByNumber");
			}
			node.inject(FaultyRpcProxy.Kind.HTTP_429, "eth_blockNumber");
			node.inject(FaultyRpcProxy.Kind.RESET, "eth_blockNumber");
			try (TransferTopic topic = new TransferTopic(kafka, CHAIN_ID);
					RunningListener listener = RunningListener.start(RunningListener.defaults(node.url(), kafka))) {
				topic.awaitUntil((events) -> events.size() >= work.expected().size(), Duration.ofSeconds(60),
						"the backfill through faults");
				List<TokenTransfer> all = topic.settle(Duration.ofSeconds(1));
				assertThat(node.faultsPending()).isZero();
				assertThat(node.faultsServed()).isEqualTo(12);
				assertThat(all.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(work.expected());
				BackfillAndTailIT.assertInChainOrder(all);
			}
		}
	}

	@Test
	void failsOverAndReportsReadinessDownWhileNoEndpointWorks() throws Exception {
		String kafka = TestServers.kafka().bootstrapServers();
		try (Anvil anvil = Anvil.start(CHAIN_ID + 1);
				FaultyRpcProxy primary = new FaultyRpcProxy(anvil.rpcUrl());
				FaultyRpcProxy fallback = new FaultyRpcProxy(anvil.rpcUrl())) {
			Erc20Token token = Erc20Token.deploy(anvil, "Failover Dollar", "FOD", 6);
			Workload work = history(anvil, token);
			Map<String, String> properties = RunningListener.defaults(primary.url(), kafka);
			properties.put("web3j.fallback-addresses", fallback.url());
			properties.put("chainsignal.listener.rpc.primary-retry-after", "1h");
			try (TransferTopic topic = new TransferTopic(kafka, CHAIN_ID + 1);
					RunningListener listener = RunningListener.start(properties)) {
				topic.awaitUntil((events) -> events.size() >= work.expected().size(), Duration.ofSeconds(60),
						"the backfill");
				assertThat(fallback.requests("eth_getLogs")).isZero();

				// The primary dies: the listener goes on through the fallback.
				primary.down(true);
				work.erc20Transfer(token, BOB, ALICE, BigInteger.valueOf(99));
				anvil.chain().mine(2);
				topic.awaitUntil((events) -> events.size() >= work.expected().size(), Duration.ofSeconds(30),
						"a transfer while the primary is down");
				assertThat(fallback.requests("eth_getLogs")).isPositive();

				// No endpoint at all: readiness goes DOWN, then UP again when the
				// fallback returns.
				fallback.down(true);
				ActuatorHealth.awaitReadiness(listener, "DOWN");
				work.erc20Transfer(token, BOB, ALICE, BigInteger.valueOf(100));
				anvil.chain().mine(2);
				fallback.down(false);
				ActuatorHealth.awaitReadiness(listener, "UP");
				topic.awaitUntil((events) -> events.size() >= work.expected().size(), Duration.ofSeconds(30),
						"a transfer after the outage");

				List<TokenTransfer> all = topic.settle(Duration.ofSeconds(1));
				assertThat(all.stream().map(ExpectedTransfer::of).toList())
					.containsExactlyInAnyOrderElementsOf(work.expected());
				BackfillAndTailIT.assertInChainOrder(all);
			}
		}
	}

	private static Workload history(Anvil anvil, Erc20Token token) {
		Workload work = new Workload();
		work.erc20Mint(token, ALICE, BigInteger.valueOf(1_000_000));
		for (int i = 0; i < 30; i++) {
			work.erc20Transfer(token, ALICE, BOB, BigInteger.valueOf(i + 1));
			anvil.chain().mine(2);
		}
		anvil.chain().mine(2);
		return work;
	}

}
