package io.chainsignal.fraud.topology;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.fraud.detectors.DetectorSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code large-transfer}: a configured per-token threshold, and the streaming 99.9th
 * percentile once a token has history.
 */
class LargeTransferTest {

	final ChainFixture chain = new ChainFixture();

	@Test
	void aTransferAtTheConfiguredThresholdIsLargeAndOneUnitBelowIsNot() {
		DetectorSettings settings = new DetectorSettings(
				null, null, null, null, new DetectorSettings.Large(null, null,
						Map.of(ChainFixture.USDT, ChainFixture.usdt(1_000_000)), null, null, null, null),
				null, null, null, null, null);
		String whale = ChainFixture.address("");
		try (FraudDriver driver = new FraudDriver(settings, Set.of(), (a, d) -> false)) {
			driver.send(this.chain.usdt(whale, ChainFixture.address(""),
					ChainFixture.usdt(1_000_000).subtract(BigInteger.ONE)));
			assertThat(driver.alerts()).isEmpty();
			driver.send(this.chain.usdt(whale, ChainFixture.address(""), ChainFixture.usdt(1_000_000)));
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.subjectAddress()).isEqualTo(whale);
				assertThat(alert.detectors().get(0).id()).isEqualTo("large-transfer");
				assertThat(alert.detectors().get(0).reason()).isEqualTo("Sent 1,000,000 USDT to "
						+ alert.counterpartyAddress() + ", at or above the configured threshold of 1,000,000 USDT.");
			});
		}
	}

	@Test
	void farAboveTheStreamingQuantileIsLargeOnceThereIsHistory() {
		// min-history 200 instead of 1,000 keeps the test fast; the logic is the same
		DetectorSettings settings = new DetectorSettings(null, null, null, null,
				new DetectorSettings.Large(null, null, null, null, null, 200, null), null, null, null, null, null);
		try (FraudDriver driver = new FraudDriver(settings, Set.of(), (a, d) -> false)) {
			driver.send(history(199));
			driver.send(this.chain.usdt(ChainFixture.address(""), ChainFixture.address(""), ChainFixture.usdt(50_000)));
			assertThat(driver.alerts()).as("199 transfers are not enough history").isEmpty();
		}
		try (FraudDriver driver = new FraudDriver(settings, Set.of(), (a, d) -> false)) {
			// 400 transfers of 50 to 150 USDT: the 99.9th percentile is about 150
			driver.send(history(400));
			driver.send(this.chain.usdt(ChainFixture.address(""), ChainFixture.address(""), ChainFixture.usdt(1_400)));
			assertThat(driver.alerts()).as("below ten times the quantile").isEmpty();
			driver.send(this.chain.usdt(ChainFixture.address(""), ChainFixture.address(""), ChainFixture.usdt(50_000)));
			assertThat(driver.alerts()).singleElement().satisfies((RiskAlert alert) -> {
				assertThat(alert.detectors().get(0).id()).isEqualTo("large-transfer");
				assertThat(alert.detectors().get(0).params()).containsEntry("quantile", "0.999")
					.containsEntry("history", "401");
				assertThat(new BigInteger(alert.detectors().get(0).params().get("quantile_value")))
					.isBetween(ChainFixture.usdt(140), ChainFixture.usdt(1_400));
			});
		}
	}

	private List<TokenTransfer> history(int count) {
		Random random = new Random(7);
		List<TokenTransfer> transfers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			transfers.add(this.chain.usdt(ChainFixture.address(""), ChainFixture.address(""),
					ChainFixture.usdt(50 + random.nextInt(101))));
		}
		return transfers;
	}

}
