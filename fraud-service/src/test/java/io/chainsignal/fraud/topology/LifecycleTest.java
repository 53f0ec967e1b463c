package io.chainsignal.fraud.topology;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.fraud.detectors.DetectorSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle rules of docs/events.md through the whole topology: duplicates, the
 * UNCONFIRMED policy, retraction by REMOVED, re-inclusion, the undo of detector state,
 * combined scores and dead letters.
 */
class LifecycleTest {

	static final String LISTED = SanctionedCounterpartyTest.LISTED;

	final ChainFixture chain = new ChainFixture();

	final String alice = ChainFixture.address("");

	@Test
	void aRedeliveredEventRaisesNoSecondAlert() {
		TokenTransfer transfer = this.chain.usdt(this.alice, LISTED, ChainFixture.usdt(10));
		try (FraudDriver driver = listed()) {
			driver.send(transfer);
			driver.send(ChainFixture.as(transfer, TransferStatus.CONFIRMED, transfer.blockHash()));
			assertThat(driver.alerts()).hasSize(1);
		}
	}

	@Test
	void unconfirmedTransfersAreNotScoredByDefault() {
		TokenTransfer transfer = this.chain.usdt(this.alice, LISTED, ChainFixture.usdt(10));
		try (FraudDriver driver = listed()) {
			driver.send(ChainFixture.as(transfer, TransferStatus.UNCONFIRMED, transfer.blockHash()));
			assertThat(driver.alerts()).isEmpty();
			driver.send(transfer);
			assertThat(driver.alerts()).hasSize(1);
		}
	}

	@Test
	void withScoreUnconfirmedOnTheConfirmationAddsNothing() {
		TokenTransfer transfer = this.chain.usdt(this.alice, LISTED, ChainFixture.usdt(10));
		TopologySettings unconfirmed = new TopologySettings(true, null, null, null, null, null);
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), unconfirmed, Set.of(LISTED),
				(a, d) -> false)) {
			driver.send(ChainFixture.as(transfer, TransferStatus.UNCONFIRMED, transfer.blockHash()));
			assertThat(driver.alerts()).hasSize(1);
			driver.send(transfer);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void aRemovedTransferRetractsItsAlertAndAReinclusionRaisesItAgain() {
		TokenTransfer transfer = this.chain.usdt(this.alice, LISTED, ChainFixture.usdt(10));
		try (FraudDriver driver = listed()) {
			driver.send(transfer);
			RiskAlert raised = driver.alerts().get(0);
			driver.send(ChainFixture.as(transfer, TransferStatus.REMOVED, ChainFixture.hash()));
			assertThat(driver.alerts()).as("REMOVED of another placement is ignored").isEmpty();
			driver.send(ChainFixture.as(transfer, TransferStatus.REMOVED, transfer.blockHash()));
			List<TestRecord<String, RiskAlert>> retracted = driver.alertRecords();
			assertThat(retracted).singleElement().satisfies((record) -> {
				assertThat(record.key()).isEqualTo("1:" + this.alice);
				assertThat(record.value().status()).isEqualTo(AlertStatus.RETRACTED);
				assertThat(record.value().alertId()).isEqualTo(raised.alertId());
			});
			driver.send(ChainFixture.as(transfer, TransferStatus.REMOVED, transfer.blockHash()));
			assertThat(driver.alerts()).as("a repeated REMOVED retracts nothing twice").isEmpty();
			driver.send(ChainFixture.as(transfer, TransferStatus.CONFIRMED, ChainFixture.hash()));
			assertThat(driver.alerts()).singleElement().satisfies((alert) -> {
				assertThat(alert.status()).isEqualTo(AlertStatus.RAISED);
				assertThat(alert.alertId()).isEqualTo(raised.alertId());
			});
		}
	}

	@Test
	void aRetractedAlertNamesTheSameIdAsTheRaisedOne() {
		String sender = ChainFixture.address("");
		List<TokenTransfer> payments = payments(sender, 10);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(payments);
			RiskAlert burst = driver.alerts().get(0);
			TokenTransfer removed = payments.get(4);
			driver.send(ChainFixture.as(removed, TransferStatus.REMOVED, removed.blockHash()));
			assertThat(driver.alerts()).singleElement().satisfies((alert) -> {
				assertThat(alert.status()).isEqualTo(AlertStatus.RETRACTED);
				assertThat(alert.alertId()).isEqualTo(burst.alertId());
				assertThat(alert.detectors()).isEqualTo(burst.detectors());
			});
		}
	}

	@Test
	void aRemovedTransferIsForgottenByTheDetectors() {
		String sender = ChainFixture.address("");
		List<TokenTransfer> payments = payments(sender, 9);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(payments);
			TokenTransfer removed = payments.get(4);
			driver.send(ChainFixture.as(removed, TransferStatus.REMOVED, removed.blockHash()));
			// a tenth recipient would make a burst, but one of the nine was removed
			driver.send(this.chain.usdt(sender, ChainFixture.address(""), ChainFixture.usdt(100)));
			assertThat(driver.alerts()).isEmpty();
			driver.send(this.chain.usdt(sender, ChainFixture.address(""), ChainFixture.usdt(100)));
			assertThat(driver.alerts()).singleElement()
				.satisfies(
						(alert) -> assertThat(alert.evidenceEventIds()).hasSize(10).doesNotContain(removed.eventId()));
		}
	}

	private List<TokenTransfer> payments(String sender, int count) {
		List<TokenTransfer> payments = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			payments.add(this.chain.usdt(sender, ChainFixture.address(""), ChainFixture.usdt(100)));
			this.chain.advance(Duration.ofMinutes(1));
		}
		return payments;
	}

	@Test
	void retractingAPoisoningUnmarksThePoisoner() {
		String victim = ChainFixture.address("");
		String poisoner = ChainFixture.address("");
		ChainFixture.Transaction poisoning = this.chain.transaction(ChainFixture.address(""))
			.usdt(victim, poisoner, BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(poisoning.transfers());
			assertThat(driver.alerts()).hasSize(1);
			driver.send(poisoning.transfers()
				.stream()
				.map((t) -> ChainFixture.as(t, TransferStatus.REMOVED, t.blockHash()))
				.toList());
			assertThat(driver.alerts()).singleElement()
				.satisfies((alert) -> assertThat(alert.status()).isEqualTo(AlertStatus.RETRACTED));
			driver.send(this.chain.usdt(victim, poisoner, ChainFixture.usdt(1_000)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void scoresOfTwoDetectorsCombine() {
		String mule = ChainFixture.address("");
		TokenTransfer in = this.chain.usdt(ChainFixture.address(""), mule, ChainFixture.usdt(1_000));
		this.chain.advance(Duration.ofMinutes(10));
		TokenTransfer out = this.chain.usdt(mule, LISTED, ChainFixture.usdt(990));
		try (FraudDriver driver = listed()) {
			driver.send(in, out);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(mule);
				assertThat(alert.detectors()).extracting("id")
					.containsExactly("sanctioned-counterparty", "rapid-pass-through");
				// 100 x (1 - 0.05 x 0.60) = 97
				assertThat(alert.score()).isEqualTo(97);
				assertThat(alert.evidenceEventIds()).containsExactlyInAnyOrder(in.eventId(), out.eventId());
			});
		}
	}

	@Test
	void aRecordThatCannotBeReadIsDeadLetteredAndTheStreamGoesOn() {
		try (FraudDriver driver = listed()) {
			driver.sendRaw("1:0xbad", "{\"schema_version\":1,\"value\":12}");
			driver.send(this.chain.usdt(this.alice, LISTED, ChainFixture.usdt(10)));
			List<TestRecord<byte[], byte[]>> dead = driver.deadLetters();
			assertThat(dead).singleElement().satisfies((record) -> {
				assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("1:0xbad");
				assertThat(new String(record.value(), StandardCharsets.UTF_8))
					.isEqualTo("{\"schema_version\":1,\"value\":12}");
				assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo("token-transfers");
				assertThat(header(record, "kafka_dlt-original-consumer-group")).isEqualTo("fraud");
				assertThat(header(record, "kafka_dlt-exception-fqcn"))
					.isEqualTo("io.chainsignal.common.json.EventValidationException");
				assertThat(header(record, "kafka_dlt-exception-message")).startsWith("Invalid TokenTransfer: ");
				assertThat(header(record, "chainsignal-dlt-reason")).startsWith("Invalid TokenTransfer: ");
			});
			assertThat(driver.alerts()).hasSize(1);
		}
	}

	private static String header(TestRecord<byte[], byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	@Test
	void anEventPastTheLifecycleRetentionIsForgottenThroughTheExpiryIndex() {
		TokenTransfer old = this.chain.usdt(this.alice, LISTED, ChainFixture.usdt(10));
		TopologySettings shortMemory = new TopologySettings(null, null, null, Duration.ofHours(1), null, null);
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), shortMemory, Set.of(LISTED),
				(a, d) -> false)) {
			driver.send(old);
			assertThat(driver.alerts()).hasSize(1);
			this.chain.advance(Duration.ofHours(2));
			driver.send(this.chain.usdt(ChainFixture.address(""), ChainFixture.address(""), ChainFixture.usdt(1)));
			// the purge runs every 1% of the retention, on wall-clock time
			for (int i = 0; i < 20; i++) {
				driver.flush();
			}
			driver.send(ChainFixture.as(old, TransferStatus.REMOVED, old.blockHash()));
			assertThat(driver.alerts()).as("the event was forgotten, so its REMOVED is ignored").isEmpty();
		}
	}

	private static FraudDriver listed() {
		return new FraudDriver(DetectorSettings.defaults(), Set.of(LISTED), (a, d) -> false);
	}

}
