package io.chainsignal.fraud.topology;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fan-in-sweep}: three senders each moving their whole balance to one receiver
 * within six hours, and the near misses.
 */
class FanInSweepTest {

	final ChainFixture chain = new ChainFixture();

	final String collector = ChainFixture.address("");

	@Test
	void threeWholeBalanceSweepsWithinSixHoursAreFlagged() {
		List<String> deposits = deposits(3);
		List<TokenTransfer> sweeps = new ArrayList<>();
		try (FraudDriver driver = new FraudDriver()) {
			fund(driver, deposits);
			for (String deposit : deposits) {
				sweeps.add(this.chain.usdt(deposit, this.collector, ChainFixture.usdt(1_500)));
				this.chain.advance(Duration.ofMinutes(30));
			}
			driver.send(sweeps);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.collector);
				assertThat(alert.detectors().get(0).id()).isEqualTo("fan-in-sweep");
				assertThat(alert.detectors().get(0).params()).containsEntry("senders", "3");
				assertThat(alert.evidenceEventIds())
					.containsExactlyInAnyOrderElementsOf(sweeps.stream().map(TokenTransfer::eventId).toList());
			});
		}
	}

	@Test
	void twoSendersAreOneShort() {
		List<String> deposits = deposits(2);
		try (FraudDriver driver = new FraudDriver()) {
			fund(driver, deposits);
			for (String deposit : deposits) {
				driver.send(this.chain.usdt(deposit, this.collector, ChainFixture.usdt(1_500)));
			}
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void aPartialTransferIsNoSweep() {
		List<String> deposits = deposits(3);
		try (FraudDriver driver = new FraudDriver()) {
			fund(driver, deposits);
			driver.send(this.chain.usdt(deposits.get(0), this.collector, ChainFixture.usdt(1_500)));
			driver.send(this.chain.usdt(deposits.get(1), this.collector, ChainFixture.usdt(1_500)));
			driver.send(this.chain.usdt(deposits.get(2), this.collector, ChainFixture.usdt(1_400)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void theThirdSweepOneMinuteAfterTheWindowIsTooLate() {
		List<String> deposits = deposits(3);
		try (FraudDriver driver = new FraudDriver()) {
			fund(driver, deposits);
			driver.send(this.chain.usdt(deposits.get(0), this.collector, ChainFixture.usdt(1_500)));
			this.chain.advance(Duration.ofHours(3));
			driver.send(this.chain.usdt(deposits.get(1), this.collector, ChainFixture.usdt(1_500)));
			this.chain.advance(Duration.ofHours(3).plusMinutes(1));
			driver.send(this.chain.usdt(deposits.get(2), this.collector, ChainFixture.usdt(1_500)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	private List<String> deposits(int count) {
		List<String> deposits = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			deposits.add(ChainFixture.address(""));
		}
		return deposits;
	}

	/** Two deposits each, more than an hour before the sweeps, so no pass-through. */
	private void fund(FraudDriver driver, List<String> deposits) {
		for (String deposit : deposits) {
			driver.send(this.chain.usdt(ChainFixture.address(""), deposit, ChainFixture.usdt(1_000)));
			driver.send(this.chain.usdt(ChainFixture.address(""), deposit, BigInteger.valueOf(500_000_000)));
		}
		this.chain.advance(Duration.ofHours(2));
		assertThat(driver.alerts()).isEmpty();
	}

}
