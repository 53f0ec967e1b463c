package io.chainsignal.fraud.detectors.volume;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code large-mint-burn}: an ERC-20 mint or burn at or above the token's threshold
 * (configured, or a default in whole tokens when its decimals are known); the subject is
 * the receiver of a mint or the holder of a burn.
 */
public final class LargeMintBurnDetector {

	private final DetectorSettings.MintBurn settings;

	public LargeMintBurnDetector(DetectorSettings.MintBurn settings) {
		this.settings = settings;
	}

	/**
	 * Judges a transfer.
	 * @param transfer the transfer
	 * @return a hit, or empty
	 */
	public Optional<Hit> evaluate(Transfer transfer) {
		boolean mint = Addresses.isMint(transfer);
		if (!this.settings.enabled() || !Addresses.isFungible(transfer) || !(mint || Addresses.isBurn(transfer))
				|| (mint && Addresses.isBurn(transfer))) {
			return Optional.empty();
		}
		BigInteger threshold = this.settings.thresholds().get(transfer.tokenAddress());
		BigInteger whole = Amounts.wholeToken(transfer);
		if (threshold == null && whole != null) {
			threshold = whole.multiply(BigInteger.valueOf(this.settings.defaultWholeTokens()));
		}
		if (threshold == null || transfer.value().compareTo(threshold) < 0) {
			return Optional.empty();
		}
		String subject = mint ? transfer.toAddress() : transfer.fromAddress();
		String reason = (mint ? "Minted " : "Burned ") + Amounts.format(transfer.value(), transfer)
				+ (mint ? " to " : " from ") + subject + ", at or above the threshold of "
				+ Amounts.format(threshold, transfer) + ".";
		return Optional.of(new Hit(DetectorId.LARGE_MINT_BURN, this.settings.score(), reason,
				Map.of("kind", mint ? "mint" : "burn", "threshold", threshold.toString(), "value",
						transfer.value().toString()),
				subject, null, transfer.tokenAddress(), List.of(transfer.eventId())));
	}

}
