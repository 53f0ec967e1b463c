package io.chainsignal.fraud.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fan-out-burst}: ten distinct recipients within an hour, and the near misses.
 */
class FanOutBurstTest {

	final ChainFixture chain = new ChainFixture();

	final String sender = ChainFixture.address("");

	@Test
	void tenDistinctRecipientsWithinAnHourAreABurstAlertedOnce() {
		List<TokenTransfer> burst = payments(12, Duration.ofMinutes(5));
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(burst);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.sender);
				assertThat(alert.detectors().get(0).id()).isEqualTo("fan-out-burst");
				assertThat(alert.detectors().get(0).params()).containsEntry("recipients", "10");
				assertThat(alert.score()).isEqualTo(45);
				assertThat(alert.evidenceEventIds())
					.containsExactlyElementsOf(burst.subList(0, 10).stream().map(TokenTransfer::eventId).toList());
			});
		}
	}

	@Test
	void nineRecipientsAreOneShort() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(payments(9, Duration.ofMinutes(5)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void theTenthRecipientOneMinuteLateIsNoBurst() {
		// first at 0, the others 61/9 minutes apart: the tenth lands at 61 minutes
		List<TokenTransfer> payments = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			payments.add(this.chain.usdt(this.sender, ChainFixture.address(""), ChainFixture.usdt(100)));
			this.chain.advance(Duration.ofSeconds((i == 8) ? 61 * 60 - 8 * 400 : 400));
		}
		assertThat(payments.get(9).blockTimestamp() - payments.get(0).blockTimestamp()).isEqualTo(61 * 60);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(payments);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void repeatedPaymentsToTheSameRecipientCountOnce() {
		String repeat = ChainFixture.address("");
		List<TokenTransfer> payments = payments(9, Duration.ofMinutes(2));
		payments.add(this.chain.usdt(this.sender, repeat, ChainFixture.usdt(1)));
		payments.add(this.chain.usdt(this.sender, repeat, ChainFixture.usdt(1)));
		payments.remove(8);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(payments);
			assertThat(driver.alerts()).isEmpty();
		}
	}

	private List<TokenTransfer> payments(int recipients, Duration apart) {
		List<TokenTransfer> payments = new ArrayList<>();
		for (int i = 0; i < recipients; i++) {
			payments.add(this.chain.usdt(this.sender, ChainFixture.address(""), ChainFixture.usdt(100)));
			this.chain.advance(apart);
		}
		return payments;
	}

}
