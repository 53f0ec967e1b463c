package io.chainsignal.localstack;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance of the local stack, as a new user sees it: the launcher's entry point in its
 * own process group, the services as processes, values read from the public APIs and the
 * demo inbox, Ctrl-C (SIGINT to the group), and a second run on the same data.
 */
class LocalStackIT {

	private static final Duration START = Duration.ofMinutes(6);

	/** What the issue promises a new user after the stack is up. */
	private static final Duration WITHIN = Duration.ofMinutes(3);

	private static final long CHAIN_ID = 31337;

	/** The demo attacker's vanity address (docs/local-stack.md). */
	private static final String LOOKALIKE = "0xc0de77777777777777777777777777777777beef";

	private final List<LauncherProcess> launched = new ArrayList<>();

	@AfterEach
	void stopLeftovers() {
		this.launched.forEach(LauncherProcess::forceStop);
	}

	@Test
	void demoShowsTransfersWebhooksMailAndTheCriticalAlertThenResumesWithoutDuplicates() {
		Path data = Path.of("target", "it-stack-" + UUID.randomUUID()).toAbsolutePath();

		LauncherProcess first = launch(data, Map.of());
		JsonNode payout = eventually("a CRITICAL poisoning-payout alert", () -> criticalPayout(first));
		String victim = payout.path("subject_address").asString();
		assertThat(payout.path("counterparty_address").asString()).isEqualTo(LOOKALIKE);
		assertThat(payout.path("score").asInt()).isGreaterThanOrEqualTo(90);

		JsonNode usd = eventually("dUSD transfers in GET /api/v1/tokens", () -> token(first, "dUSD"));
		assertThat(usd.path("transfers").asLong()).isPositive();
		assertThat(usd.path("metadata").path("decimals").asInt()).isEqualTo(6);

		JsonNode webhooks = eventually("a verified webhook",
				() -> first.get(URI(first, "webhooks"), false).path("verified").asInt() > 0
						? first.get(URI(first, "webhooks"), false) : null);
		assertThat(webhooks.path("received").asInt()).isEqualTo(webhooks.path("verified").asInt());
		assertThat(webhooks.path("duplicates").asInt()).isZero();

		JsonNode alertMail = eventually("an alert mail to the demo mailbox", () -> alertMail(first));
		assertThat(alertMail.path("to").get(0).asString()).isEqualTo("demo@chainsignal.local");

		List<JsonNode> victimTransfers = eventually("the victim's 4 transfers in analytics",
				() -> transfersOf(first, victim).size() == 4 ? transfersOf(first, victim) : null);
		String payoutTx = payout.path("transaction_hash").asString();
		assertThat(victimTransfers).anySatisfy((transfer) -> {
			assertThat(transfer.path("transactionHash").asString()).isEqualTo(payoutTx);
			assertThat(transfer.path("to").asString()).isEqualTo(LOOKALIKE);
			assertThat(transfer.path("valueAdjusted").asString()).isEqualTo("5000");
		});
		Set<String> firstRunWebhookIds = webhookIds(first);

		stopWithCtrlC(first);

		LauncherProcess second = launch(data, Map.of());
		// the same data: the alert is there at once, the scenario is not played again
		assertThat(criticalPayout(second)).isNotNull();
		LauncherProcess.sleep(Duration.ofSeconds(20));
		assertThat(second.output()).contains("the scripted scenario ran on this data directory before");
		assertThat(transfersOf(second, victim)).hasSize(4);
		assertThat(second.get(second.uri("analytics", "/api/v1/transfers/" + CHAIN_ID + "/" + payoutTx), false)
			.path("transfers")).hasSize(1);
		JsonNode alerts = second.get(second.uri("fraud", "/api/v1/alerts?address=" + victim + "&limit=200"), true);
		assertThat(alerts.path("alerts")
			.valueStream()
			.filter((alert) -> alert.path("severity").asString().equals("CRITICAL"))
			.count()).isEqualTo(1);
		eventually("webhooks flowing again", () -> webhookIds(second).isEmpty() ? null : true);
		Set<String> secondRunWebhookIds = webhookIds(second);
		assertThat(secondRunWebhookIds).as("no webhook-id delivered again after the restart")
			.doesNotContainAnyElementsOf(firstRunWebhookIds);

		stopWithCtrlC(second);
	}

	@Test
	void withEthRpcUrlIndexesThatNodeAndRunsNoDemo() {
		try (Anvil node = Anvil.start()) {
			Erc20Token token = Erc20Token.deploy(node, "Outside Token", "OUT", 18);
			DevAccount holder = DevAccount.of(1);
			token.mint(holder.address(), BigInteger.valueOf(1_000)).receipt();
			for (int i = 2; i <= 4; i++) {
				token.transfer(holder, DevAccount.of(i).address(), BigInteger.valueOf(10L * i)).receipt();
			}
			node.chain().mine(15);
			long blockBefore = node.chain().blockNumber();
			Path data = Path.of("target", "it-external-" + UUID.randomUUID()).toAbsolutePath();

			LauncherProcess stack = launch(data,
					Map.of("ETH_RPC_URL", node.rpcUrl(), "ETH_START_BLOCK", "0", "ETH_CONFIRMATIONS", "12"));

			assertThat(stack.output()).contains("no demo traffic");
			assertThat(stack.endpoint("ethereum")).isEqualTo("ETH_RPC_URL");
			JsonNode tokens = eventually("the node's token in analytics",
					() -> token(stack, "OUT") != null && token(stack, "OUT").path("transfers").asLong() == 4
							? stack.get(stack.uri("analytics", "/api/v1/tokens?chainId=" + CHAIN_ID), false) : null);
			assertThat(tokens.path("tokens").valueStream().map((t) -> t.path("token").asString()))
				.containsExactly(token.address().toLowerCase());
			assertThat(stack.startedProcesses()).as("no local anvil")
				.noneMatch((process) -> process.info().command().orElse("").endsWith("anvil"));
			assertThat(node.chain().blockNumber()).as("nobody sent transactions to the node").isEqualTo(blockBefore);
			assertThat(stack.get(stack.uri("fraud", "/api/v1/alerts"), true).path("alerts")).isEmpty();

			stopWithCtrlC(stack);
		}
	}

	private LauncherProcess launch(Path data, Map<String, String> environment) {
		LauncherProcess launcher = LauncherProcess.start(data, environment);
		this.launched.add(launcher);
		return launcher.awaitReady(START);
	}

	/**
	 * Ctrl-C: SIGINT to the launcher's process group. Every process the stack started
	 * must be gone once the launcher has exited.
	 */
	private static void stopWithCtrlC(LauncherProcess launcher) {
		// A launcher started from a non-interactive shell's background job inherits an
		// ignored
		// SIGINT, which no JVM can handle; SIGTERM runs the same shutdown then.
		String signal = launcher.sigintIgnored() ? "TERM" : "INT";
		System.out.println("Stopping the stack with SIG" + signal + " to its process group");
		List<ProcessHandle> started = launcher.startedProcesses();
		assertThat(started).hasSizeGreaterThanOrEqualTo(5);
		int exit = launcher.signalGroupAndWait(signal, Duration.ofMinutes(2));
		assertThat(launcher.output()).contains("Stopped. The data stays in");
		eventually("every process of the stack gone",
				() -> started.stream().noneMatch(ProcessHandle::isAlive) ? true : null);
		assertThat(exit).isIn(0, 130, 143);
	}

	private static JsonNode criticalPayout(LauncherProcess stack) {
		JsonNode alerts = stack.get(stack.uri("fraud", "/api/v1/alerts?min_score=90&limit=200"), true);
		return alerts.path("alerts")
			.valueStream()
			.filter((alert) -> alert.path("severity").asString().equals("CRITICAL"))
			.filter((alert) -> alert.path("detectors")
				.valueStream()
				.anyMatch((detector) -> detector.path("id").asString().equals("poisoning-payout")))
			.findFirst()
			.orElse(null);
	}

	private static JsonNode token(LauncherProcess stack, String symbol) {
		return stack.get(stack.uri("analytics", "/api/v1/tokens?chainId=" + CHAIN_ID), false)
			.path("tokens")
			.valueStream()
			.filter((token) -> token.path("metadata").path("symbol").asString().equals(symbol))
			.findFirst()
			.orElse(null);
	}

	private static JsonNode alertMail(LauncherProcess stack) {
		return stack.get(URI(stack, "mails"), false)
			.path("mails")
			.valueStream()
			.filter((mail) -> mail.path("subject").asString().contains("risk.alert"))
			.findFirst()
			.orElse(null);
	}

	private static List<JsonNode> transfersOf(LauncherProcess stack, String address) {
		return stack
			.get(stack.uri("analytics", "/api/v1/addresses/" + CHAIN_ID + "/" + address + "/transfers?limit=100"),
					false)
			.path("transfers")
			.valueStream()
			.filter((transfer) -> !transfer.path("status").asString().equals("PENDING"))
			.toList();
	}

	private static Set<String> webhookIds(LauncherProcess stack) {
		Set<String> ids = new HashSet<>();
		stack.get(URI(stack, "webhooks"), false)
			.path("webhooks")
			.valueStream()
			.forEach((webhook) -> ids.add(webhook.path("webhookId").asString()));
		return ids;
	}

	private static java.net.URI URI(LauncherProcess stack, String endpoint) {
		return java.net.URI.create(stack.endpoint(endpoint));
	}

	private static <T> T eventually(String what, Supplier<T> probe) {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		AssertionError last = null;
		while (System.nanoTime() < deadline) {
			try {
				T value = probe.get();
				if (value != null) {
					return value;
				}
			}
			catch (AssertionError | RuntimeException ex) {
				last = (ex instanceof AssertionError error) ? error : new AssertionError(ex);
			}
			LauncherProcess.sleep(Duration.ofSeconds(2));
		}
		throw new AssertionError("Not within " + WITHIN + ": " + what, last);
	}

}
