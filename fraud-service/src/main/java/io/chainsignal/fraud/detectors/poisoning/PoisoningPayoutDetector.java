package io.chainsignal.fraud.detectors.poisoning;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Mark;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code poisoning-payout}: a watched victim sends a non-dust amount to an address marked
 * as its poisoner, most likely copied from a forged history entry. Critical.
 */
public final class PoisoningPayoutDetector {

	private final DetectorSettings.Payout settings;

	public PoisoningPayoutDetector(DetectorSettings.Payout settings) {
		this.settings = settings;
	}

	/**
	 * Judges an outgoing transfer against the sender's marks.
	 * @param sender the sender's state
	 * @param transfer the outgoing transfer
	 * @return a hit about the sender, or empty
	 */
	public Optional<Hit> evaluate(AddressState sender, Transfer transfer) {
		if (!this.settings.enabled() || !Addresses.isFungible(transfer) || transfer.value().signum() == 0) {
			return Optional.empty();
		}
		BigInteger whole = Amounts.wholeToken(transfer);
		if (whole != null
				&& transfer.value().compareTo(whole.multiply(BigInteger.valueOf(this.settings.minWholeTokens()))) < 0) {
			return Optional.empty();
		}
		for (Mark mark : sender.marks()) {
			if (mark.poisoner().equals(transfer.toAddress())) {
				List<String> evidence = new ArrayList<>(mark.evidence());
				evidence.add(transfer.eventId());
				String reason = "Paid " + Amounts.format(transfer.value(), transfer) + " to " + transfer.toAddress()
						+ ", an address marked by " + mark.detector() + " as poisoning this address's history.";
				return Optional.of(new Hit(DetectorId.POISONING_PAYOUT, this.settings.score(), reason,
						Map.of("marked_by", mark.detector(), "min_whole_tokens",
								this.settings.minWholeTokens().toString()),
						transfer.fromAddress(), transfer.toAddress(), transfer.tokenAddress(),
						evidence.stream().distinct().toList()));
			}
		}
		return Optional.empty();
	}

}
