package io.chainsignal.fraud.detectors.poisoning;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code zero-value-poisoning}: Forta's address-poisoning rule, a transaction with at
 * least three transfers, all of value zero, enough of them on stablecoins; it marks each
 * transfer's receiver as a poisoner of its sender, who is watched for a payout.
 */
public final class ZeroValuePoisoningDetector {

	private final DetectorSettings.ZeroValue settings;

	public ZeroValuePoisoningDetector(DetectorSettings.ZeroValue settings) {
		this.settings = settings;
	}

	/**
	 * Judges one whole transaction.
	 * @param transfers every scored transfer of the transaction
	 * @return the finding, or empty
	 */
	public Optional<Finding> evaluate(List<Transfer> transfers) {
		if (!this.settings.enabled() || transfers.size() < this.settings.minTransfers()
				|| transfers.stream().anyMatch((t) -> t.value().signum() != 0)) {
			return Optional.empty();
		}
		long stable = transfers.stream().filter((t) -> this.settings.stablecoins().contains(t.tokenAddress())).count();
		double share = (double) stable / transfers.size();
		if (share < this.settings.minStablecoinShare()) {
			return Optional.empty();
		}
		Transfer first = transfers.get(0);
		String attacker = (first.txFrom() != null) ? first.txFrom() : first.toAddress();
		List<Victim> victims = new ArrayList<>();
		for (Transfer transfer : transfers) {
			if (!transfer.fromAddress().equals(transfer.toAddress()) && transfer.value().equals(BigInteger.ZERO)) {
				victims.add(new Victim(transfer.fromAddress(), transfer.toAddress(), transfer.eventId()));
			}
		}
		String reason = "Transaction " + first.transactionHash() + " made " + transfers.size()
				+ " zero-value transfers, " + stable + " of them on stablecoins, forging entries in "
				+ victims.stream().map(Victim::victim).distinct().count() + " address histories.";
		Hit hit = new Hit(DetectorId.ZERO_VALUE_POISONING, this.settings.score(), reason,
				Map.of("zero_value_transfers", Integer.toString(transfers.size()), "stablecoin_transfers",
						Long.toString(stable), "min_transfers", this.settings.minTransfers().toString(),
						"min_stablecoin_share", this.settings.minStablecoinShare().toString()),
				attacker, victims.isEmpty() ? null : victims.get(0).victim(), first.tokenAddress(),
				transfers.stream().map(Transfer::eventId).toList());
		return Optional.of(new Finding(hit, victims));
	}

	/**
	 * The hit and the (victim, poisoner) pairs to watch.
	 *
	 * @param hit the hit about the attacker
	 * @param victims who was poisoned by whom
	 */
	public record Finding(Hit hit, List<Victim> victims) {

	}

	/**
	 * One victim whose history now shows the poisoner.
	 *
	 * @param victim the address whose history was forged
	 * @param poisoner the look-alike it appears to have paid
	 * @param eventId the zero-value transfer
	 */
	public record Victim(String victim, String poisoner, String eventId) {

	}

}
