package io.chainsignal.fraud.topology;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code large-mint-burn}: mints and burns at the default threshold of 100,000,000 whole
 * tokens, and one unit below.
 */
class LargeMintBurnTest {

	final ChainFixture chain = new ChainFixture();

	final String treasury = ChainFixture.address("");

	@Test
	void aLargeMintIsAboutItsReceiver() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(ChainFixture.ZERO, this.treasury, ChainFixture.usdt(100_000_000)));
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.treasury);
				assertThat(alert.detectors().get(0).id()).isEqualTo("large-mint-burn");
				assertThat(alert.detectors().get(0).params()).containsEntry("kind", "mint");
				assertThat(alert.detectors().get(0).reason()).startsWith("Minted 100,000,000 USDT to ");
			});
		}
	}

	@Test
	void aLargeBurnIsAboutItsHolder() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(this.treasury, ChainFixture.ZERO, ChainFixture.usdt(250_000_000)));
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.treasury);
				assertThat(alert.detectors().get(0).params()).containsEntry("kind", "burn");
			});
		}
	}

	@Test
	void oneUnitBelowTheThresholdIsNotLarge() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(ChainFixture.ZERO, this.treasury,
					ChainFixture.usdt(100_000_000).subtract(BigInteger.ONE)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

}
