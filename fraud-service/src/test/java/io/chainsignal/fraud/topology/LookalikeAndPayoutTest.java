package io.chainsignal.fraud.topology;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.alert.Severity;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenTransfer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lookalike-counterparty} and {@code poisoning-payout}: the look-alike sender is
 * flagged and marked, and the victim paying it is critical; near misses stay silent.
 */
class LookalikeAndPayoutTest {

	static final String REAL = "0xa1b2" + "1".repeat(32) + "c3d4";

	static final String FAKE = "0xa1b2" + "9".repeat(32) + "c3d4";

	final ChainFixture chain = new ChainFixture();

	final String victim = ChainFixture.address("");

	@Test
	void aLookalikeOfARecentCounterpartyIsFlaggedAndPayingItIsCritical() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(this.victim, REAL, ChainFixture.usdt(1_000)));
			TokenTransfer dust = fakeToken(FAKE, this.victim);
			driver.send(dust);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(FAKE);
				assertThat(alert.counterpartyAddress()).isEqualTo(this.victim);
				assertThat(alert.score()).isEqualTo(75);
				assertThat(alert.detectors().get(0).id()).isEqualTo("lookalike-counterparty");
				assertThat(alert.detectors().get(0).params()).containsEntry("imitated_address", REAL);
			});
			TokenTransfer payout = this.chain.usdt(this.victim, FAKE, ChainFixture.usdt(5_000));
			driver.send(payout);
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.victim);
				assertThat(alert.counterpartyAddress()).isEqualTo(FAKE);
				assertThat(alert.score()).isEqualTo(95);
				assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
				assertThat(alert.detectors().get(0).id()).isEqualTo("poisoning-payout");
				assertThat(alert.evidenceEventIds()).containsExactlyInAnyOrder(dust.eventId(), payout.eventId());
			});
		}
	}

	@Test
	void aPrefixMatchWithoutTheSuffixIsNotALookalike() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(this.victim, REAL, ChainFixture.usdt(1_000)));
			driver.send(fakeToken("0xa1b2" + "9".repeat(32) + "c3d5", this.victim));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void allZeroPrefixesAreIgnored() {
		String zeroReal = "0x0000" + "1".repeat(32) + "c3d4";
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(this.victim, zeroReal, ChainFixture.usdt(1_000)));
			driver.send(fakeToken("0x0000" + "9".repeat(32) + "c3d4", this.victim));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void aZeroValueTransferDoesNotMakeACounterparty() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(this.victim, REAL, BigInteger.ZERO));
			driver.send(fakeToken(FAKE, this.victim));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void payingDustOrTheRealCounterpartyIsNotAPayout() {
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(this.chain.usdt(this.victim, REAL, ChainFixture.usdt(1_000)));
			driver.send(fakeToken(FAKE, this.victim));
			assertThat(driver.alerts()).hasSize(1);
			driver.send(this.chain.usdt(this.victim, FAKE, BigInteger.valueOf(999_999)));
			driver.send(this.chain.usdt(this.victim, REAL, ChainFixture.usdt(2_000)));
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void zeroValuePoisoningMarksThePoisonerForAPayout() {
		String attacker = ChainFixture.address("");
		ChainFixture.Transaction poisoning = this.chain.transaction(attacker)
			.usdt(this.victim, FAKE, BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(poisoning.transfers());
			assertThat(driver.alerts()).singleElement()
				.satisfies((alert) -> assertThat(alert.subjectAddress()).isEqualTo(attacker));
			driver.send(this.chain.usdt(this.victim, FAKE, ChainFixture.usdt(20_000)));
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.detectors().get(0).id()).isEqualTo("poisoning-payout");
				assertThat(alert.detectors().get(0).params()).containsEntry("marked_by", "zero-value-poisoning");
			});
		}
	}

	private TokenTransfer fakeToken(String from, String to) {
		return this.chain.transfer(ChainFixture.address(""), new TokenInfo("USDT", "Tether USD", 6), from, to,
				BigInteger.ONE);
	}

}
