package io.chainsignal.fraud.topology;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code round-trip}: A to B and back within 1% and 24 hours, and the near misses.
 */
class RoundTripTest {

	final ChainFixture chain = new ChainFixture();

	final String a = ChainFixture.address("");

	final String b = ChainFixture.address("");

	@Test
	void anAmountComingBackWithinOnePercentAndADayIsARoundTrip() {
		TokenTransfer there = this.chain.usdt(this.a, this.b, ChainFixture.usdt(10_000));
		this.chain.advance(Duration.ofHours(23));
		TokenTransfer back = this.chain.usdt(this.b, this.a, ChainFixture.usdt(9_950));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(there, back);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.a);
				assertThat(alert.counterpartyAddress()).isEqualTo(this.b);
				assertThat(alert.detectors().get(0).id()).isEqualTo("round-trip");
				assertThat(alert.evidenceEventIds()).containsExactly(there.eventId(), back.eventId());
			});
		}
	}

	@Test
	void twoPercentLessIsNotARoundTrip() {
		TokenTransfer there = this.chain.usdt(this.a, this.b, ChainFixture.usdt(10_000));
		this.chain.advance(Duration.ofHours(2));
		TokenTransfer back = this.chain.usdt(this.b, this.a, ChainFixture.usdt(9_800));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(there, back);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void comingBackOneMinuteAfterADayIsTooLate() {
		TokenTransfer there = this.chain.usdt(this.a, this.b, ChainFixture.usdt(10_000));
		this.chain.advance(Duration.ofHours(24).plusMinutes(1));
		TokenTransfer back = this.chain.usdt(this.b, this.a, ChainFixture.usdt(10_000));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(there, back);
			assertThat(driver.alerts()).isEmpty();
		}
	}

}
