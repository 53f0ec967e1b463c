package io.chainsignal.fraud.topology;

import java.util.List;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.fraud.detectors.Transfer;

/**
 * The one message type of the internal repartition topics: a transfer leg, a retraction,
 * a poisoner mark or an alert candidate, routed by its key.
 *
 * @param kind what this message is
 * @param transfer the transfer it is about, or null for an alert
 * @param poisoner for a mark, the poisoner to watch
 * @param evidence for a mark, the events that marked it
 * @param alert for an alert candidate, the alert
 */
public record Envelope(Kind kind, Transfer transfer, String poisoner, List<String> evidence, RiskAlert alert) {

	static Envelope of(Kind kind, Transfer transfer) {
		return new Envelope(kind, transfer, null, null, null);
	}

	static Envelope mark(Transfer transfer, String poisoner) {
		return new Envelope(Kind.MARK, transfer, poisoner, List.of(transfer.eventId()), null);
	}

	static Envelope alert(RiskAlert alert) {
		return new Envelope(Kind.ALERT, null, null, null, alert);
	}

	/**
	 * What an envelope carries and where it goes.
	 */
	public enum Kind {

		/** The sender's leg, keyed by (chain, from). */
		OUT,

		/** The receiver's leg, keyed by (chain, to). */
		IN,

		/** Undo of an OUT leg. */
		RETRACT_OUT,

		/** Undo of an IN leg. */
		RETRACT_IN,

		/** A poisoner to watch for the victim, keyed by (chain, victim). */
		MARK,

		/** A sweep into the receiver, keyed by (chain, to). */
		SWEEP,

		/** Undo of a sweep. */
		RETRACT_SWEEP,

		/** A transfer of a token, keyed by (chain, token). */
		TOKEN,

		/** Undo of a token transfer. */
		RETRACT_TOKEN,

		/** An alert candidate, keyed by (chain, subject). */
		ALERT;

		boolean isAddress() {
			return this == OUT || this == IN || this == RETRACT_OUT || this == RETRACT_IN || this == MARK;
		}

		boolean isSweep() {
			return this == SWEEP || this == RETRACT_SWEEP;
		}

		boolean isToken() {
			return this == TOKEN || this == RETRACT_TOKEN;
		}

	}

}
