package io.chainsignal.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.localstack.stack.ChainSettings;
import io.chainsignal.localstack.stack.DataDirectory;
import io.chainsignal.localstack.stack.Ports;
import io.chainsignal.localstack.stack.Service;
import io.chainsignal.localstack.stack.Stack;
import io.chainsignal.localstack.stack.StackSettings;
import io.chainsignal.ops.deadletters.DeadLetterReplay;
import io.chainsignal.ops.deadletters.ReplayReport;
import io.chainsignal.ops.deadletters.ReplaySettings;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.process.ServiceJars;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline, each service in its own process, through one fault after another,
 * with the chain as the oracle (see {@link Comparison}); writes the reliability table.
 */
class PipelineIT {

	private static final int TRANSACTIONS = Integer.getInteger("e2e.transactions", 10);

	private static final long SEED = Long.getLong("e2e.seed", 20_261_122L);

	private static final int CONFIRMATIONS = 3;

	/** How long a fault stays active after the scenario's transactions. */
	private static final Duration HOLD = Duration.ofSeconds(3);

	private static final Duration SETTLE = Duration.ofMinutes(3);

	private static final String MAILBOX = "e2e-watcher@chainsignal.test";

	@Test
	void theServicesAgreeWithTheChainAfterEveryFault(@TempDir Path data) throws Exception {
		Random random = new Random(SEED);
		ReliabilityReport report = new ReliabilityReport(TRANSACTIONS, SEED);
		List<String> failures = new ArrayList<>();
		try (Anvil anvil = Anvil.start();
				RpcGate gate = new RpcGate(anvil.rpcUrl());
				WebhookReceiver receiver = new WebhookReceiver();
				Stack stack = Stack.create(new StackSettings(new DataDirectory(data), Ports.free(),
						new ChainSettings(Optional.of(gate.url()), "0", CONFIRMATIONS, true, Duration.ofSeconds(1)),
						ServiceJars.fromBuild(), StackSettings.LAPTOP_JVM))) {
			stack.startInfrastructure()
				.startServices(Map.of(Service.NOTIFICATION,
						Map.of("chainsignal.notification.email.require-verification", "false",
								// the specification's schedule, scaled from minutes and
								// hours to seconds
								"chainsignal.notification.delivery.retry-schedule", "0s,1s,2s,3s,3s,3s,3s,3s"),
						Service.LISTENER, Map.of("chainsignal.listener.poll-interval", "500ms")));
			String kafka = stack.infrastructure().kafka().bootstrapServers();
			MailServer mail = stack.infrastructure().mail();
			Workload workload = new Workload(anvil, SEED);
			workload.deploy();
			long chainId = anvil.chainId();

			List<String> watched = List.of(1, 2, 3, 4, 5)
				.stream()
				.map((i) -> DevAccount.of(i).address().toLowerCase())
				.toList();
			Notifications notifications = new Notifications(stack.uri(Service.NOTIFICATION), stack.apiKey(), chainId);
			watched.forEach((address) -> receiver.trust(notifications.webhook(address, receiver.url())));
			notifications.email(watched.get(4), MAILBOX);
			MailTally mails = new MailTally(mail, MAILBOX);
			Comparison comparison = new Comparison(chainId,
					new ChainOracle(anvil, workload.tokens(), workload.erc1155(), workload.erc1155Ids()),
					new Analytics(stack.uri(Service.ANALYTICS), chainId), receiver, watched, watched.get(4),
					mails::count, kafka);

			List<Scenario> scenarios = List.of(new Scenario("baseline", "none", () -> {
			}, () -> {
			}), killed(stack, Service.LISTENER, "mid-transaction"), killed(stack, Service.ANALYTICS, "mid-batch"),
					killed(stack, Service.NOTIFICATION, "mid-dispatch"), killed(stack, Service.FRAUD, "mid-commit"),
					new Scenario("Kafka restarted", "the broker stopped, then started on the same data",
							() -> stack.infrastructure().kafka().stop(), () -> stack.infrastructure().kafka().start()),
					new Scenario("PostgreSQL restarted", "the database stopped, then started on the same data",
							() -> stack.infrastructure().postgres().stop(),
							() -> stack.infrastructure().postgres().start()),
					new Scenario("node unreachable", "the listener's node refused every connection", gate::shut,
							gate::open),
					new Scenario("SMTP down", "the mail server stopped, then started again", () -> {
						mails.count();
						mail.greenMail().stop();
					}, () -> mail.greenMail().start()),
					new Scenario("webhook receiver failing", "the receiver answered 500 to every request",
							() -> receiver.failing(true), () -> receiver.failing(false)),
					new Scenario("poison records", "a malformed record on token-transfers and on fraud-alerts",
							() -> poison(kafka), () -> {
							}));

			int depth = 1;
			for (Scenario scenario : scenarios) {
				int before = random.nextInt(TRANSACTIONS + 1);
				workload.run(before);
				scenario.inject().run();
				workload.run(TRANSACTIONS - before);
				workload.reorg(depth);
				depth = (depth % 5) + 1;
				Thread.sleep(HOLD);
				scenario.restore().run();
				long restored = System.nanoTime();
				anvil.chain().mine(CONFIRMATIONS + 1);
				Verdict verdict = settle(comparison, anvil, workload);
				Duration recovery = Duration.ofNanos(System.nanoTime() - restored);
				report.add(scenario.name(), scenario.fault(), verdict, recovery);
				report.write(reportFile());
				progress(String.format("%s: %s after %d s", scenario.name(),
						verdict.exact() ? "agrees with the chain" : verdict.differences(), recovery.toSeconds()));
				if (!verdict.exact()) {
					failures.add(scenario.name() + ": " + verdict.differences()
							+ ServiceLogs.report(stack, scenario.name()));
				}
			}

			assertThat(deadLetters(kafka)).as("each group dead-lettered the poison records, with a reason")
				.containsEntry(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT, 1)
				.containsEntry(Topics.TOKEN_TRANSFERS_NOTIFICATION_DLT, 1)
				.containsEntry(Topics.TOKEN_TRANSFERS_FRAUD_DLT, 1)
				.containsEntry(Topics.FRAUD_ALERTS_NOTIFICATION_DLT, 1);

			// The replay path (docs/events.md): a dead letter that is valid after a fix
			// goes
			// back, the poison stays; replaying an event the services already hold
			// changes
			// nothing, since each is idempotent.
			ConsumerRecord<byte[], byte[]> held = TopicRecords.readAll(kafka, Topics.TOKEN_TRANSFERS)
				.stream()
				.filter((record) -> !new String(record.value(), StandardCharsets.UTF_8).contains("not json"))
				.reduce((first, second) -> second)
				.orElseThrow();
			RecordHeaders headers = new RecordHeaders();
			headers.add("kafka_dlt-original-topic", Topics.TOKEN_TRANSFERS.getBytes(StandardCharsets.UTF_8));
			headers.add("chainsignal-dlt-reason", "a bug since fixed".getBytes(StandardCharsets.UTF_8));
			TopicRecords.write(kafka, Topics.TOKEN_TRANSFERS_ANALYTICS_DLT, held.key(), held.value(), headers);
			ReplayReport replay = new DeadLetterReplay(new ReplaySettings(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT, null,
					"e2e-replay", true, false, Map.of("bootstrap.servers", kafka)), (line) -> {
					})
				.run();
			assertThat(replay.replayed()).hasSize(1);
			assertThat(replay.passedOver()).hasSize(1)
				.allSatisfy((outcome) -> assertThat(outcome.reason()).startsWith("still breaks the contract"));
			long restored = System.nanoTime();
			Verdict afterReplay = settle(comparison, anvil, workload);
			report.add("dead letter replayed", "a dead letter re-injected with chainsignal-ops", afterReplay,
					Duration.ofNanos(System.nanoTime() - restored));
			if (!afterReplay.exact()) {
				failures.add("dead letter replayed: " + afterReplay.differences()
						+ ServiceLogs.report(stack, "dead letter replayed"));
			}
		}
		finally {
			report.write(reportFile());
		}
		assertThat(failures).as("scenarios where the services disagree with the chain").isEmpty();
	}

	/**
	 * One line per scenario in {@code target/e2e-progress.log}: failsafe shows stdout
	 * only at the end.
	 */
	private static void progress(String line) {
		try {
			java.nio.file.Files.writeString(Path.of("target", "e2e-progress.log"), line + System.lineSeparator(),
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Path reportFile() {
		return Path.of(System.getProperty("e2e.report", "target/reliability.md"));
	}

	private static Scenario killed(Stack stack, Service service, String when) {
		return new Scenario(service.artifactId() + " killed",
				"kill -9 of " + service.artifactId() + " " + when + ", then a restart",
				() -> stack.service(service).kill(),
				() -> stack.service(service).start().awaitReady(Stack.READY_TIMEOUT));
	}

	private static void poison(String kafka) {
		byte[] key = "31337:0xpoison".getBytes(StandardCharsets.UTF_8);
		byte[] value = "{ not json".getBytes(StandardCharsets.UTF_8);
		TopicRecords.write(kafka, Topics.TOKEN_TRANSFERS, key, value, new RecordHeaders());
		TopicRecords.write(kafka, Topics.FRAUD_ALERTS, key, value, new RecordHeaders());
	}

	/** Dead letters with a reason header, per dead-letter topic. */
	private static Map<String, Integer> deadLetters(String kafka) {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		for (String topic : List.of(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT, Topics.TOKEN_TRANSFERS_NOTIFICATION_DLT,
				Topics.TOKEN_TRANSFERS_FRAUD_DLT, Topics.FRAUD_ALERTS_NOTIFICATION_DLT)) {
			counts.put(topic,
					(int) TopicRecords.readAll(kafka, topic)
						.stream()
						.filter((record) -> record.headers().lastHeader("chainsignal-dlt-reason") != null)
						.count());
		}
		return counts;
	}

	/** Polls until the services agree with the chain, or the time is up. */
	private static Verdict settle(Comparison comparison, Anvil anvil, Workload workload) throws InterruptedException {
		long deadline = System.nanoTime() + SETTLE.toNanos();
		Verdict verdict;
		do {
			long finalBlock = anvil.chain().blockNumber() - CONFIRMATIONS;
			try {
				verdict = comparison.now(finalBlock, workload.tokens());
			}
			catch (IllegalStateException ex) {
				// a service is still starting
				verdict = new Verdict(0, 0, 0, List.of(ex.getMessage()));
			}
			if (verdict.exact()) {
				return verdict;
			}
			Thread.sleep(2_000);
		}
		while (System.nanoTime() < deadline);
		return verdict;
	}

	/** One fault: how to inject it and how to end it. */
	private record Scenario(String name, String fault, Runnable inject, Runnable restore) {
	}

	/**
	 * Mails received by one mailbox, remembered by Message-ID across SMTP restarts (a
	 * restarted GreenMail starts with an empty store).
	 */
	private static final class MailTally {

		private final MailServer mail;

		private final String mailbox;

		private final Set<String> seen = new HashSet<>();

		MailTally(MailServer mail, String mailbox) {
			this.mail = mail;
			this.mailbox = mailbox;
		}

		synchronized int count() {
			try {
				for (var message : this.mail.receivedMessages()) {
					for (var recipient : message.getAllRecipients()) {
						if (recipient.toString().contains(this.mailbox)) {
							this.seen.add(message.getMessageID());
						}
					}
				}
			}
			catch (jakarta.mail.MessagingException | RuntimeException ex) {
				// the server is down: what was seen stays counted
			}
			return this.seen.size();
		}

	}

}
