package io.chainsignal.fraud.topology;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code zero-value-poisoning}: Forta's rule, and its near misses.
 */
class ZeroValuePoisoningTest {

	final ChainFixture chain = new ChainFixture();

	final String attacker = ChainFixture.address("");

	@Test
	void threeZeroValueTransfersMostlyOnStablecoinsAreFlagged() {
		ChainFixture.Transaction tx = this.chain.transaction(this.attacker)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.add(ChainFixture.WETH, new TokenInfo("WETH", "Wrapped Ether", 18), ChainFixture.address(""),
					ChainFixture.address(""), BigInteger.ZERO);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(tx.transfers());
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(this.attacker);
				assertThat(alert.detectors()).singleElement().satisfies((finding) -> {
					assertThat(finding.id()).isEqualTo("zero-value-poisoning");
					assertThat(finding.score()).isEqualTo(80);
					assertThat(finding.params()).containsEntry("stablecoin_transfers", "2")
						.containsEntry("zero_value_transfers", "3");
				});
				assertThat(alert.evidenceEventIds()).hasSize(3);
				assertThat(alert.transactionHash()).isEqualTo(tx.hash());
			});
		}
	}

	@Test
	void exactlyFortyPercentOnStablecoinsIsEnough() {
		ChainFixture.Transaction tx = this.chain.transaction(this.attacker);
		for (int i = 0; i < 5; i++) {
			String token = (i < 2) ? ChainFixture.USDT : ChainFixture.WETH;
			tx.add(token, null, ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO);
		}
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(tx.transfers());
			assertThat(driver.alerts()).hasSize(1);
		}
	}

	@Test
	void twoTransfersAreOneShort() {
		ChainFixture.Transaction tx = this.chain.transaction(this.attacker)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(tx.transfers());
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void oneNonZeroTransferClearsTheTransaction() {
		ChainFixture.Transaction tx = this.chain.transaction(this.attacker)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO)
			.usdt(ChainFixture.address(""), ChainFixture.address(""), BigInteger.ONE);
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(tx.transfers());
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void zeroValueTransfersOfOtherTokensAreNotPoisoning() {
		ChainFixture.Transaction tx = this.chain.transaction(this.attacker);
		for (int i = 0; i < 5; i++) {
			tx.add(ChainFixture.WETH, null, ChainFixture.address(""), ChainFixture.address(""), BigInteger.ZERO);
		}
		try (FraudDriver driver = new FraudDriver()) {
			driver.send(tx.transfers());
			assertThat(driver.alerts()).isEmpty();
		}
	}

	@Test
	void aTransactionIsJudgedOnlyOnceComplete() {
		String victim = ChainFixture.address("");
		ChainFixture.Transaction tx = this.chain.transaction(this.attacker)
			.usdt(victim, ChainFixture.address(""), BigInteger.ZERO)
			.usdt(victim, ChainFixture.address(""), BigInteger.ZERO)
			.usdt(victim, ChainFixture.address(""), BigInteger.ZERO)
			.usdt(victim, ChainFixture.address(""), BigInteger.TEN);
		try (FraudDriver driver = new FraudDriver()) {
			// the first three alone would match; the fourth, non-zero, arrives later and
			// clears it
			driver.send(tx.transfers());
			assertThat(driver.alerts()).isEmpty();
		}
	}

}
