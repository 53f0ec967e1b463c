package io.chainsignal.fraud.detectors.poisoning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Counterparty;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code lookalike-counterparty}: the receiver gets a transfer from an address that
 * shares its first and last hex characters with one of its recent counterparties but is
 * not it.
 */
public final class LookalikeCounterpartyDetector {

	private final DetectorSettings.Lookalike settings;

	public LookalikeCounterpartyDetector(DetectorSettings.Lookalike settings) {
		this.settings = settings;
	}

	/**
	 * Judges an incoming transfer against the receiver's state, before it is recorded.
	 * @param receiver the receiver's state
	 * @param transfer the incoming transfer
	 * @return a hit about the sender, or empty
	 */
	public Optional<Hit> evaluate(AddressState receiver, Transfer transfer) {
		String sender = transfer.fromAddress();
		if (!this.settings.enabled() || Addresses.isMint(transfer)
				|| receiver.counterparties().stream().anyMatch((c) -> c.address().equals(sender))) {
			return Optional.empty();
		}
		for (Counterparty known : receiver.counterparties().reversed()) {
			if (Addresses.lookAlike(sender, known.address(), this.settings.prefixChars(),
					this.settings.suffixChars())) {
				String reason = sender + " sent to " + transfer.toAddress() + " and imitates its recent counterparty "
						+ known.address() + " (same first " + this.settings.prefixChars() + " and last "
						+ this.settings.suffixChars() + " hex characters).";
				return Optional.of(new Hit(DetectorId.LOOKALIKE_COUNTERPARTY, this.settings.score(), reason,
						Map.of("imitated_address", known.address(), "prefix_chars",
								this.settings.prefixChars().toString(), "suffix_chars",
								this.settings.suffixChars().toString()),
						sender, transfer.toAddress(), transfer.tokenAddress(), List.of(transfer.eventId())));
			}
		}
		return Optional.empty();
	}

}
