package io.chainsignal.fraud.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.alert.RiskAlertDeserializer;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.scoring.AlertAssembler;

/**
 * The whole fraud topology in a {@link TopologyTestDriver}: send transfers, let waiting
 * transactions complete, read alerts and dead letters.
 */
final class FraudDriver implements AutoCloseable {

	private final TopologyTestDriver driver;

	private final TestInputTopic<String, TokenTransfer> transfers;

	private final TestInputTopic<String, String> raw;

	private final TestOutputTopic<String, RiskAlert> alerts;

	private final TestOutputTopic<byte[], byte[]> deadLetters;

	private final Path stateDir;

	FraudDriver() {
		this(DetectorSettings.defaults(), Set.of(), (address, detector) -> false);
	}

	FraudDriver(DetectorSettings settings, Collection<String> sanctioned, AlertAssembler.Suppression suppression) {
		this(settings, TopologySettings.defaults(), sanctioned, suppression);
	}

	FraudDriver(DetectorSettings settings, TopologySettings topologySettings, Collection<String> sanctioned,
			AlertAssembler.Suppression suppression) {
		StreamsBuilder builder = new StreamsBuilder();
		Set<String> listed = Set.copyOf(sanctioned);
		new FraudTopology(topologySettings, settings, listed::contains, suppression).inMemoryStores().build(builder);
		Properties props = new Properties();
		props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fraud");
		props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
		try {
			this.stateDir = Files.createTempDirectory("fraud-ttd");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		props.put(StreamsConfig.STATE_DIR_CONFIG, this.stateDir.toString());
		this.driver = new TopologyTestDriver(builder.build(), props, Instant.parse("2026-01-01T00:00:00Z"));
		this.transfers = this.driver.createInputTopic(Topics.TOKEN_TRANSFERS, new StringSerializer(),
				new TokenTransferSerializer());
		this.raw = this.driver.createInputTopic(Topics.TOKEN_TRANSFERS, new StringSerializer(), new StringSerializer());
		this.alerts = this.driver.createOutputTopic(Topics.FRAUD_ALERTS, new StringDeserializer(),
				new RiskAlertDeserializer());
		this.deadLetters = this.driver.createOutputTopic(Topics.TOKEN_TRANSFERS_FRAUD_DLT, new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
	}

	/**
	 * Sends transfers in order and then lets the last transaction complete.
	 * @param events the events
	 */
	void send(TokenTransfer... events) {
		send(List.of(events));
	}

	void send(List<TokenTransfer> events) {
		for (TokenTransfer event : events) {
			this.transfers.pipeInput(event.key(), event);
		}
		flush();
	}

	void sendRaw(String key, String json) {
		this.raw.pipeInput(key, json);
	}

	void flush() {
		this.driver.advanceWallClockTime(Duration.ofSeconds(2));
	}

	/**
	 * Alerts published since the last call.
	 * @return the alerts
	 */
	List<RiskAlert> alerts() {
		return this.alerts.readValuesToList();
	}

	List<TestRecord<String, RiskAlert>> alertRecords() {
		return this.alerts.readRecordsToList();
	}

	List<TestRecord<byte[], byte[]>> deadLetters() {
		return this.deadLetters.readRecordsToList();
	}

	@Override
	public void close() {
		this.driver.close();
		try (var files = Files.walk(this.stateDir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (java.io.IOException ex) {
			// best effort
		}
	}

}
