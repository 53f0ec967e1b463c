package io.chainsignal.fraud.detectors.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Leg;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code fan-out-burst}: one sender pays at least N distinct recipients within the
 * window; it fires once per window so a long burst makes one alert.
 */
public final class FanOutBurstDetector {

	private final DetectorSettings.FanOut settings;

	public FanOutBurstDetector(DetectorSettings.FanOut settings) {
		this.settings = settings;
	}

	/**
	 * Judges an outgoing transfer after it was recorded in the sender's state.
	 * @param sender the sender's state, including this transfer's leg
	 * @param transfer the transfer
	 * @return a hit about the sender, or empty
	 */
	public Optional<Hit> evaluate(AddressState sender, Transfer transfer) {
		String id = DetectorId.FAN_OUT_BURST.wireId();
		long now = transfer.blockTimestamp();
		if (!this.settings.enabled() || transfer.value().signum() == 0
				|| sender.quietUntil().getOrDefault(id, 0L) > now) {
			return Optional.empty();
		}
		long since = now - this.settings.window().toSeconds();
		Map<String, Leg> latestByRecipient = new LinkedHashMap<>();
		for (Leg leg : sender.outgoing()) {
			if (leg.time() >= since && leg.amount().signum() != 0) {
				latestByRecipient.put(leg.counterparty(), leg);
			}
		}
		if (latestByRecipient.size() < this.settings.minRecipients()) {
			return Optional.empty();
		}
		sender.quietUntil().put(id, now + this.settings.window().toSeconds());
		List<String> evidence = latestByRecipient.values().stream().map(Leg::eventId).distinct().toList();
		String reason = "Sent to " + latestByRecipient.size() + " distinct recipients within "
				+ this.settings.window().toMinutes() + " minutes (threshold " + this.settings.minRecipients() + ").";
		return Optional.of(new Hit(DetectorId.FAN_OUT_BURST, this.settings.score(), reason,
				Map.of("recipients", Integer.toString(latestByRecipient.size()), "min_recipients",
						this.settings.minRecipients().toString(), "window", this.settings.window().toString()),
				transfer.fromAddress(), null, transfer.tokenAddress(), evidence));
	}

}
