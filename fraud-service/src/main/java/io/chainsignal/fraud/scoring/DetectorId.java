package io.chainsignal.fraud.scoring;

import java.util.Locale;

/**
 * The detectors of fraud-service, each with the id it carries on the wire and in its
 * settings key {@code chainsignal.fraud.detectors.<wire id>.*}.
 */
public enum DetectorId {

	/** {@code from} or {@code to} is on the sanctions list. */
	SANCTIONED_COUNTERPARTY,

	/** A transaction of at least three zero-value transfers, mostly on stablecoins. */
	ZERO_VALUE_POISONING,

	/** An incoming transfer from an address that imitates a recent counterparty. */
	LOOKALIKE_COUNTERPARTY,

	/** A watched victim pays a marked poisoner. */
	POISONING_PAYOUT,

	/**
	 * A transfer at or above the token's threshold or far above its 99.9th percentile.
	 */
	LARGE_TRANSFER,

	/** One sender pays many distinct recipients within a short window. */
	FAN_OUT_BURST,

	/** One receiver collects whole balances from several senders. */
	FAN_IN_SWEEP,

	/** An address forwards most of an amount it just received. */
	RAPID_PASS_THROUGH,

	/** A sends to B and B sends (nearly) the same amount back. */
	ROUND_TRIP,

	/** A mint or burn at or above the token's threshold. */
	LARGE_MINT_BURN;

	/**
	 * The id on the wire, lower-case with dashes, such as {@code fan-out-burst}.
	 * @return the wire id
	 */
	public String wireId() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The detector with a wire id or an enum name.
	 * @param id such as {@code fan-out-burst} or {@code FAN_OUT_BURST}
	 * @return the detector
	 * @throws IllegalArgumentException if no detector has that id
	 */
	public static DetectorId parse(String id) {
		return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
