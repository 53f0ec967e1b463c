package io.chainsignal.fraud.topology;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rapid-pass-through}: forwarding at least 90% of a receipt within an hour in
 * another transaction, and the near misses.
 */
class RapidPassThroughTest {

	final ChainFixture chain = new ChainFixture();

	final String mule = ChainFixture.address("");

	@Test
	void forwardingNinetyFivePercentWithinHalfAnHourIsFlagged() {
		TokenTransfer in = this.chain.usdt(ChainFixture.address(""), this.mule, ChainFixture.usdt(1_000));
		this.chain.advance(Duration.ofMinutes(30));
		TokenTransfer out = this.chain.usdt(this.mule, ChainFixture.address(""), ChainFixture.usdt(950));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(in, out);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.mule);
				assertThat(alert.detectors().get(0).id()).isEqualTo("rapid-pass-through");
				assertThat(alert.detectors().get(0).reason()).contains("Forwarded 950 USDT").contains("30 minutes");
				assertThat(alert.evidenceEventIds()).containsExactly(in.eventId(), out.eventId());
				assertThat(alert.score()).isEqualTo(40);
			});
		}
	}

	@Test
	void forwardingEightyFivePercentIsNotEnough() {
		TokenTransfer in = this.chain.usdt(ChainFixture.address(""), this.mule, ChainFixture.usdt(1_000));
		this.chain.advance(Duration.ofMinutes(30));
		TokenTransfer out = this.chain.usdt(this.mule, ChainFixture.address(""), ChainFixture.usdt(850));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(in, out);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void forwardingOneMinuteAfterTheHourIsTooLate() {
		TokenTransfer in = this.chain.usdt(ChainFixture.address(""), this.mule, ChainFixture.usdt(1_000));
		this.chain.advance(Duration.ofMinutes(61));
		TokenTransfer out = this.chain.usdt(this.mule, ChainFixture.address(""), ChainFixture.usdt(990));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(in, out);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void anAddressThatKeepsMostOfItsBalanceIsNoConduit() {
		TokenTransfer savings = this.chain.usdt(ChainFixture.address(""), this.mule, ChainFixture.usdt(5_000));
		this.chain.advance(Duration.ofDays(2));
		TokenTransfer in = this.chain.usdt(ChainFixture.address(""), this.mule, ChainFixture.usdt(1_000));
		this.chain.advance(Duration.ofMinutes(20));
		TokenTransfer out = this.chain.usdt(this.mule, ChainFixture.address(""), ChainFixture.usdt(990));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(savings, in, out);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void forwardingInTheSameTransactionIsARouteNotAPassThrough() {
		ChainFixture.Transaction swap = this.chain.transaction(null)
			.usdt(ChainFixture.address(""), this.mule, ChainFixture.usdt(1_000))
			.usdt(this.mule, ChainFixture.address(""), ChainFixture.usdt(1_000));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(swap.transfers());
			assertThat(driver.alerts()).isEmpty();
		}
	}

}
