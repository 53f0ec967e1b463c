package io.chainsignal.fraud.detectors.flow;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Leg;
import io.chainsignal.fraud.detectors.state.TokenFlow;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code rapid-pass-through}: an address forwards, in another transaction within the
 * window, between the minimum share and all of an amount it received of the same token,
 * and that forward is also at least the minimum share of its whole balance of the token:
 * it is a conduit that keeps little, not a holder spending part of its funds.
 */
public final class RapidPassThroughDetector {

	private final DetectorSettings.PassThrough settings;

	public RapidPassThroughDetector(DetectorSettings.PassThrough settings) {
		this.settings = settings;
	}

	/**
	 * Judges an outgoing transfer against the sender's recent incoming legs and its
	 * balance, before the transfer is recorded.
	 * @param sender the sender's state
	 * @param transfer the outgoing transfer
	 * @return a hit about the sender, or empty
	 */
	public Optional<Hit> evaluate(AddressState sender, Transfer transfer) {
		if (!this.settings.enabled() || !Addresses.isFungible(transfer) || transfer.value().signum() == 0
				|| Addresses.isBurn(transfer)) {
			return Optional.empty();
		}
		BigInteger balance = sender.flows().getOrDefault(transfer.tokenAddress(), TokenFlow.NONE).balance();
		if (!Amounts.atLeastShare(transfer.value(), balance, this.settings.minShare())) {
			return Optional.empty();
		}
		long since = transfer.blockTimestamp() - this.settings.window().toSeconds();
		for (Leg in : sender.incoming().reversed()) {
			if (in.time() >= since && in.token().equals(transfer.tokenAddress())
					&& !in.transactionHash().equals(transfer.transactionHash()) && in.amount().signum() > 0
					&& transfer.value().compareTo(in.amount()) <= 0
					&& Amounts.atLeastShare(transfer.value(), in.amount(), this.settings.minShare())) {
				long minutes = Math.max(0, transfer.blockTimestamp() - in.time()) / 60;
				String reason = "Forwarded " + Amounts.format(transfer.value(), transfer) + " to "
						+ transfer.toAddress() + " " + minutes + " minutes after receiving "
						+ Amounts.format(in.amount(), transfer) + " from " + in.counterparty() + ".";
				return Optional.of(new Hit(DetectorId.RAPID_PASS_THROUGH, this.settings.score(), reason,
						Map.of("received_from", in.counterparty(), "minutes", Long.toString(minutes), "min_share",
								this.settings.minShare().toString(), "window", this.settings.window().toString()),
						transfer.fromAddress(), transfer.toAddress(), transfer.tokenAddress(),
						List.of(in.eventId(), transfer.eventId())));
			}
		}
		return Optional.empty();
	}

}
