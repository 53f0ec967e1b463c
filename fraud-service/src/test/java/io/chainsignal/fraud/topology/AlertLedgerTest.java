package io.chainsignal.fraud.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.common.alert.RiskAlert;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert ledger publishes each status change once within its horizon, and forgets an
 * alert_id one horizon after its last change, so its store stays bounded.
 */
class AlertLedgerTest {

	private static final Duration HORIZON = Duration.ofDays(30);

	private static final long START = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();

	private final MockProcessorContext<String, RiskAlert> context = new MockProcessorContext<>();

	private final AlertLedger ledger = new AlertLedger(HORIZON);

	private KeyValueStore<String, String> store;

	private KeyValueStore<String, String> expiry;

	@BeforeEach
	void init() {
		this.store = store(AlertLedger.STORE);
		this.expiry = store(AlertLedger.EXPIRY);
		this.context.setCurrentSystemTimeMs(START);
		this.ledger.init(this.context);
	}

	@Test
	void replaysWithinTheHorizonPublishNothingAndTheLedgerForgetsAfterIt() {
		RiskAlert alert = alert("1:0x" + "aa".repeat(32) + ":0:0");

		send(alert);
		send(alert);
		advance(HORIZON.minusHours(1));
		send(alert);

		assertThat(published()).containsExactly(AlertStatus.RAISED);
		assertThat(this.store.approximateNumEntries()).isEqualTo(1);

		advance(Duration.ofHours(2));

		assertThat(this.store.get(alert.alertId())).isNull();
		assertThat(this.expiry.approximateNumEntries()).isZero();
	}

	@Test
	void aStatusChangeRestartsTheHorizonAndRetractsOnce() {
		RiskAlert alert = alert("1:0x" + "bb".repeat(32) + ":0:0");
		send(alert);
		advance(Duration.ofDays(20));
		RiskAlert retracted = alert.withStatus(AlertStatus.RETRACTED, Instant.ofEpochMilli(START));
		send(retracted);
		send(retracted);
		advance(Duration.ofDays(20));

		// 40 days after the raise but 20 after the retraction: still remembered.
		assertThat(this.store.get(alert.alertId())).startsWith("RETRACTED|");
		send(retracted);
		assertThat(published()).containsExactly(AlertStatus.RAISED, AlertStatus.RETRACTED);

		advance(Duration.ofDays(11));
		assertThat(this.store.get(alert.alertId())).isNull();
		assertThat(this.expiry.approximateNumEntries()).isZero();
	}

	@Test
	void theHorizonCannotBeShorterThanRetractability() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> new TopologySettings(null, null, null, null, Duration.ofDays(7), Duration.ofDays(6)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ledger-retention");
		assertThat(TopologySettings.defaults().ledgerRetention()).isEqualTo(HORIZON);
	}

	@Test
	void expiryKeysSortByTimeLikeTheFormattedOnes() {
		for (long time : new long[] { 0, 7, 1_763_800_000L, 1_763_800_000_123L, Long.MAX_VALUE, -5 }) {
			assertThat(TransactionStage.expiryKey(time, "id")).isEqualTo(String.format("%019d|%s", time, "id"));
		}
	}

	private void send(RiskAlert alert) {
		this.ledger.process(new Record<>(alert.key(), Envelope.alert(alert), START));
	}

	/** Moves the wall clock on and runs the ledger's purge, as Streams would. */
	private void advance(Duration duration) {
		long now = this.context.currentSystemTimeMs() + duration.toMillis();
		this.context.setCurrentSystemTimeMs(now);
		this.context.scheduledPunctuators().forEach((punctuator) -> punctuator.getPunctuator().punctuate(now));
	}

	private List<AlertStatus> published() {
		return this.context.forwarded().stream().map((forward) -> forward.record().value().status()).toList();
	}

	private KeyValueStore<String, String> store(String name) {
		KeyValueStore<String, String> kv = Stores
			.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.String())
			.withLoggingDisabled()
			.build();
		kv.init(this.context.getStateStoreContext(), kv);
		this.context.addStateStore(kv);
		return kv;
	}

	private static RiskAlert alert(String evidence) {
		return RiskAlert.raised(1, "0x" + "12".repeat(20), null, null, 60,
				List.of(new DetectorFinding("fan-out-burst", 60, "a burst", Map.of())), List.of(evidence),
				"0x" + "aa".repeat(32), 100, Instant.ofEpochMilli(START));
	}

}
