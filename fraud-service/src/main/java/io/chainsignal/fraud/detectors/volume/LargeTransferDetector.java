package io.chainsignal.fraud.detectors.volume;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.TokenSketch;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code large-transfer}: a transfer at or above the token's configured threshold, or,
 * once the token has enough history, above its tracked quantile times a multiplier.
 */
public final class LargeTransferDetector {

	private final DetectorSettings.Large settings;

	public LargeTransferDetector(DetectorSettings.Large settings) {
		this.settings = settings;
	}

	/**
	 * Whether a transfer counts towards the token's distribution at all.
	 * @param transfer the transfer
	 * @return true for non-zero ERC-20 transfers that are neither mints nor burns
	 */
	public boolean applies(Transfer transfer) {
		return this.settings.enabled() && Addresses.isFungible(transfer) && transfer.value().signum() > 0
				&& !Addresses.isMint(transfer) && !Addresses.isBurn(transfer);
	}

	/**
	 * Judges a transfer against the token's history before it is added.
	 * @param token the token's state
	 * @param transfer the transfer
	 * @return a hit about the sender, or empty
	 */
	public Optional<Hit> evaluate(TokenSketch token, Transfer transfer) {
		if (!applies(transfer)) {
			return Optional.empty();
		}
		BigInteger threshold = this.settings.thresholds().get(transfer.tokenAddress());
		if (threshold != null && transfer.value().compareTo(threshold) >= 0) {
			return Optional
				.of(hit(transfer, "at or above the configured threshold of " + Amounts.format(threshold, transfer),
						Map.of("threshold", threshold.toString(), "value", transfer.value().toString())));
		}
		if (token.history() < this.settings.minHistory()) {
			return Optional.empty();
		}
		double quantile = token.quantile(this.settings.quantile());
		double limit = quantile * this.settings.quantileMultiplier();
		if (Double.isNaN(limit) || new BigDecimal(transfer.value()).compareTo(BigDecimal.valueOf(limit)) <= 0) {
			return Optional.empty();
		}
		BigInteger quantileUnits = BigDecimal.valueOf(quantile).toBigInteger();
		return Optional.of(hit(transfer,
				this.settings.quantileMultiplier() + " times above the token's " + (this.settings.quantile() * 100)
						+ "th percentile of " + Amounts.format(quantileUnits, transfer) + " over " + token.history()
						+ " transfers",
				Map.of("quantile", this.settings.quantile().toString(), "quantile_value", quantileUnits.toString(),
						"quantile_multiplier", this.settings.quantileMultiplier().toString(), "history",
						Long.toString(token.history()), "value", transfer.value().toString())));
	}

	private Hit hit(Transfer transfer, String why, Map<String, String> params) {
		String reason = "Sent " + Amounts.format(transfer.value(), transfer) + " to " + transfer.toAddress() + ", "
				+ why + ".";
		return new Hit(DetectorId.LARGE_TRANSFER, this.settings.score(), reason, params, transfer.fromAddress(),
				transfer.toAddress(), transfer.tokenAddress(), List.of(transfer.eventId()));
	}

}
