package io.chainsignal.fraud.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.alert.RiskAlertDeserializer;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.testsupport.kafka.KafkaServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology on a real broker with RocksDB stores and exactly-once: two instances split
 * the partitions and still raise each alert once; an instance stopped, wiped and
 * restarted restores its state from the changelogs and duplicates nothing; a REMOVED
 * retracts.
 */
class StreamsClusterIT {

	static final String LISTED = SanctionedCounterpartyTest.LISTED;

	static KafkaServer kafka;

	final List<KafkaStreams> running = new ArrayList<>();

	final ChainFixture chain = new ChainFixture();

	@BeforeAll
	static void broker() {
		kafka = KafkaServer.start();
		kafka.createTopic(Topics.TOKEN_TRANSFERS, 4);
		kafka.createTopic(Topics.FRAUD_ALERTS, 2);
		kafka.createTopic(Topics.TOKEN_TRANSFERS_FRAUD_DLT, 4);
	}

	@AfterAll
	static void stopBroker() {
		kafka.close();
	}

	@AfterEach
	void stopStreams() {
		this.running.forEach((streams) -> streams.close(Duration.ofSeconds(10)));
	}

	@Test
	void twoInstancesSplitThePartitionsAndRaiseEachAlertOnce() throws Exception {
		String applicationId = "fraud-split-" + UUID.randomUUID();
		KafkaStreams first = start(applicationId, stateDir("split-a"));
		KafkaStreams second = start(applicationId, stateDir("split-b"));
		await("both instances run with tasks", () -> first.state() == KafkaStreams.State.RUNNING
				&& second.state() == KafkaStreams.State.RUNNING && hasTasks(first) && hasTasks(second));

		List<TokenTransfer> transfers = new ArrayList<>();
		Set<String> subjects = new HashSet<>();
		for (int s = 0; s < 4; s++) {
			String sender = ChainFixture.address("");
			subjects.add(sender);
			for (int i = 0; i < 10; i++) {
				transfers.add(this.chain.usdt(sender, ChainFixture.address(""), ChainFixture.usdt(100)));
			}
			String payer = ChainFixture.address("");
			subjects.add(payer);
			transfers.add(this.chain.usdt(payer, LISTED, ChainFixture.usdt(10)));
		}
		send(transfers);

		List<RiskAlert> alerts = alertsAbout(subjects, 8, Duration.ofSeconds(90));
		assertThat(alerts).hasSize(8);
		assertThat(alerts.stream().map(RiskAlert::alertId).distinct()).hasSize(8);
		assertThat(alerts.stream().map(RiskAlert::subjectAddress).distinct()).hasSize(8);
		assertThat(alerts).allSatisfy((alert) -> assertThat(alert.status()).isEqualTo(AlertStatus.RAISED));
		assertThat(alerts.stream().filter((alert) -> alert.detectors().get(0).id().equals("fan-out-burst"))).hasSize(4)
			.allSatisfy((alert) -> assertThat(alert.evidenceEventIds()).hasSize(10));
	}

	@Test
	void aRestartedInstanceRestoresItsStateAndDuplicatesNothingAndARemovedRetracts() throws Exception {
		String applicationId = "fraud-restart-" + UUID.randomUUID();
		Path state = stateDir("restart");
		KafkaStreams before = start(applicationId, state);
		await("running", () -> before.state() == KafkaStreams.State.RUNNING);

		String sender = ChainFixture.address("");
		String payer = ChainFixture.address("");
		List<TokenTransfer> firstHalf = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			firstHalf.add(this.chain.usdt(sender, ChainFixture.address(""), ChainFixture.usdt(100)));
		}
		TokenTransfer listed = this.chain.usdt(payer, LISTED, ChainFixture.usdt(10));
		firstHalf.add(listed);
		send(firstHalf);
		RiskAlert raised = alertsAbout(Set.of(payer), 1, Duration.ofSeconds(90)).get(0);

		// stop without leaving the group, as a killed instance would, and wipe the local
		// stores:
		// everything must come back from the changelogs
		before.close(Duration.ofSeconds(30));
		this.running.remove(before);
		deleteRecursively(state);
		KafkaStreams after = start(applicationId, state);
		await("running again", () -> after.state() == KafkaStreams.State.RUNNING);

		List<TokenTransfer> secondHalf = new ArrayList<>();
		// a redelivered event from before the restart changes nothing
		secondHalf.add(ChainFixture.as(listed, TransferStatus.CONFIRMED, listed.blockHash()));
		for (int i = 0; i < 5; i++) {
			secondHalf.add(this.chain.usdt(sender, ChainFixture.address(""), ChainFixture.usdt(100)));
		}
		secondHalf.add(ChainFixture.as(listed, TransferStatus.REMOVED, listed.blockHash()));
		send(secondHalf);

		List<RiskAlert> alerts = alertsAbout(Set.of(sender, payer), 3, Duration.ofSeconds(90));
		assertThat(alerts).hasSize(3);
		assertThat(alerts).filteredOn((alert) -> alert.subjectAddress().equals(sender))
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.detectors().get(0).id()).isEqualTo("fan-out-burst");
				assertThat(alert.evidenceEventIds()).hasSize(10);
			});
		assertThat(alerts).filteredOn((alert) -> alert.subjectAddress().equals(payer))
			.extracting(RiskAlert::status, RiskAlert::alertId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AlertStatus.RAISED, raised.alertId()),
					org.assertj.core.groups.Tuple.tuple(AlertStatus.RETRACTED, raised.alertId()));
	}

	private KafkaStreams start(String applicationId, Path stateDir) {
		StreamsBuilder builder = new StreamsBuilder();
		new FraudTopology(new TopologySettings(null, Duration.ofMillis(200), Duration.ofMillis(100), null, null, null),
				DetectorSettings.defaults(), Set.of(LISTED)::contains, (address, detector) -> false)
			.build(builder);
		Properties props = new Properties();
		props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
		props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
		props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
		props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
		props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
		// an instance that goes away without leaving the group (as a killed one does) is
		// noticed after 6 s
		props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
		props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
		KafkaStreams streams = new KafkaStreams(builder.build(), props);
		streams.start();
		this.running.add(streams);
		return streams;
	}

	private static boolean hasTasks(KafkaStreams streams) {
		return streams.metadataForLocalThreads().stream().anyMatch((thread) -> !thread.activeTasks().isEmpty());
	}

	private static void send(List<TokenTransfer> transfers) throws Exception {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		try (KafkaProducer<String, TokenTransfer> producer = new KafkaProducer<>(props, new StringSerializer(),
				new TokenTransferSerializer())) {
			for (TokenTransfer transfer : transfers) {
				producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, transfer.key(), transfer)).get();
			}
		}
	}

	/**
	 * Reads alerts about the subjects until the expected count, then a little longer to
	 * catch duplicates.
	 */
	private static List<RiskAlert> alertsAbout(Set<String> subjects, int expected, Duration timeout) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		List<RiskAlert> alerts = new ArrayList<>();
		try (KafkaConsumer<String, RiskAlert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new RiskAlertDeserializer())) {
			consumer.subscribe(List.of(Topics.FRAUD_ALERTS));
			long deadline = System.nanoTime() + timeout.toNanos();
			long settleUntil = Long.MAX_VALUE;
			while (System.nanoTime() < Math.min(deadline, settleUntil)) {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (subjects.contains(record.value().subjectAddress())) {
						alerts.add(record.value());
					}
				});
				if (alerts.size() >= expected && settleUntil == Long.MAX_VALUE) {
					settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
				}
			}
		}
		return alerts;
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			Thread.sleep(100);
		}
	}

	private static Path stateDir(String name) throws IOException {
		Path dir = Path.of("target", "streams-it", name + "-" + UUID.randomUUID()).toAbsolutePath();
		Files.createDirectories(dir);
		return dir;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		Files.createDirectories(dir);
	}

}
