package io.chainsignal.fraud.detectors.flow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Leg;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code round-trip}: A sent a token to B, and B sends A an amount within the tolerance
 * back within the window.
 */
public final class RoundTripDetector {

	private final DetectorSettings.RoundTrip settings;

	public RoundTripDetector(DetectorSettings.RoundTrip settings) {
		this.settings = settings;
	}

	/**
	 * Judges a transfer coming back to A, against A's recent outgoing legs.
	 * @param receiver A's state
	 * @param transfer the transfer from B to A
	 * @return a hit about A, or empty
	 */
	public Optional<Hit> evaluate(AddressState receiver, Transfer transfer) {
		if (!this.settings.enabled() || !Addresses.isFungible(transfer) || transfer.value().signum() == 0
				|| Addresses.isMint(transfer)) {
			return Optional.empty();
		}
		long since = transfer.blockTimestamp() - this.settings.window().toSeconds();
		BigDecimal back = new BigDecimal(transfer.value());
		for (Leg out : receiver.outgoing().reversed()) {
			if (out.time() >= since && out.counterparty().equals(transfer.fromAddress())
					&& out.token().equals(transfer.tokenAddress()) && out.amount().signum() > 0) {
				BigDecimal sent = new BigDecimal(out.amount());
				BigDecimal difference = back.subtract(sent).abs();
				if (difference.compareTo(sent.multiply(BigDecimal.valueOf(this.settings.tolerance()))) <= 0) {
					long hours = Math.max(0, transfer.blockTimestamp() - out.time()) / 3600;
					String reason = "Sent " + Amounts.format(out.amount(), transfer) + " to " + transfer.fromAddress()
							+ " and got " + Amounts.format(transfer.value(), transfer) + " back " + hours
							+ " hours later.";
					return Optional.of(new Hit(DetectorId.ROUND_TRIP, this.settings.score(), reason,
							Map.of("sent", out.amount().toString(), "returned", transfer.value().toString(),
									"tolerance", this.settings.tolerance().toString(), "window",
									this.settings.window().toString()),
							transfer.toAddress(), transfer.fromAddress(), transfer.tokenAddress(),
							List.of(out.eventId(), transfer.eventId())));
				}
			}
		}
		return Optional.empty();
	}

}
