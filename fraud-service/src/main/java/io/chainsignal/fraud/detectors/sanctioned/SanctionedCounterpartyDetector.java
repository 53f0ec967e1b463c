package io.chainsignal.fraud.detectors.sanctioned;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code sanctioned-counterparty}: the subject sent to, or received from, an address on
 * the sanctions list; sending is scored higher than receiving, which may be unsolicited.
 */
public final class SanctionedCounterpartyDetector {

	private final DetectorSettings.Sanctioned settings;

	private final SanctionsLookup sanctions;

	public SanctionedCounterpartyDetector(DetectorSettings.Sanctioned settings, SanctionsLookup sanctions) {
		this.settings = settings;
		this.sanctions = sanctions;
	}

	/**
	 * Checks one side of a transfer.
	 * @param transfer the transfer
	 * @param outgoing true to judge the sender, false the receiver
	 * @return a hit about that side when the other side is listed
	 */
	public Optional<Hit> evaluate(Transfer transfer, boolean outgoing) {
		String subject = outgoing ? transfer.fromAddress() : transfer.toAddress();
		String other = outgoing ? transfer.toAddress() : transfer.fromAddress();
		if (!this.settings.enabled() || !this.sanctions.isListed(other)) {
			return Optional.empty();
		}
		String amount = Amounts.format(transfer.value(), transfer);
		String reason = outgoing ? "Sent " + amount + " to " + other + ", which is on the OFAC SDN list."
				: "Received " + amount + " from " + other + ", which is on the OFAC SDN list.";
		int score = outgoing ? this.settings.outboundScore() : this.settings.inboundScore();
		return Optional.of(new Hit(DetectorId.SANCTIONED_COUNTERPARTY, score, reason,
				Map.of("direction", outgoing ? "outbound" : "inbound", "listed_address", other), subject, other,
				transfer.tokenAddress(), List.of(transfer.eventId())));
	}

}
