package io.chainsignal.fraud.topology;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.alert.Severity;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.fraud.detectors.DetectorSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sanctioned-counterparty} through the whole topology.
 */
class SanctionedCounterpartyTest {

	static final String LISTED = "0x8589427373d6d84e98730d7795d8f6f8731fda16";

	final ChainFixture chain = new ChainFixture();

	@Test
	void sendingToAListedAddressIsSevere() {
		String alice = ChainFixture.address("");
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), Set.of(LISTED), (a, d) -> false)) {
			TokenTransfer transfer = this.chain.usdt(alice, LISTED, ChainFixture.usdt(250));
			driver.send(transfer);
			List<RiskAlert> alerts = driver.alerts();
			assertThat(alerts).hasSize(1);
			RiskAlert alert = alerts.get(0);
			assertThat(alert.subjectAddress()).isEqualTo(alice);
			assertThat(alert.counterpartyAddress()).isEqualTo(LISTED);
			assertThat(alert.score()).isEqualTo(95);
			assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(alert.detectors().get(0).id()).isEqualTo("sanctioned-counterparty");
			assertThat(alert.detectors().get(0).reason())
				.isEqualTo("Sent 250 USDT to " + LISTED + ", which is on the OFAC SDN list.");
			assertThat(alert.evidenceEventIds()).containsExactly(transfer.eventId());
		}
	}

	@Test
	void receivingFromAListedAddressScoresLower() {
		String bob = ChainFixture.address("");
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), Set.of(LISTED), (a, d) -> false)) {
			driver.send(this.chain.usdt(LISTED, bob, ChainFixture.usdt(3)));
			List<RiskAlert> alerts = driver.alerts();
			assertThat(alerts).singleElement().satisfies((alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(bob);
				assertThat(alert.score()).isEqualTo(60);
				assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
				assertThat(alert.detectors().get(0).params()).containsEntry("direction", "inbound");
			});
		}
	}

	@Test
	void anAddressOneCharacterAwayFromAListedOneIsNotListed() {
		String nearly = LISTED.substring(0, 41) + "7";
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), Set.of(LISTED), (a, d) -> false)) {
			driver.send(this.chain.usdt(ChainFixture.address(""), nearly, ChainFixture.usdt(250)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void anAllowlistedSubjectIsNotAlerted() {
		String exchange = ChainFixture.address("");
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), Set.of(LISTED),
				(address, detector) -> address.equals(exchange))) {
			driver.send(this.chain.usdt(exchange, LISTED, ChainFixture.usdt(250)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

}
