package io.chainsignal.fraud.scoring;

import java.util.Locale;

/**
 * The detectors of fraud-service, each with the id it carries on the wire and in its
 * settings key {@code chainsignal.fraud.detectors.<wire id>.*}.
 */
public enum DetectorId {

	/** {@code from} or {@code to} is on the sanctions list. */
	SANCTIONED_COUNTERPARTY("The subject sent to, or received from, an address on the sanctions list (OFAC SDN)."),

	/** A transaction of at least three zero-value transfers, mostly on stablecoins. */
	ZERO_VALUE_POISONING(
			"A transaction with at least 3 transfers, all of value zero, at least 40% of them on stablecoins; the subject is the transaction sender and every receiver is marked as a poisoner of its sender."),

	/** An incoming transfer from an address that imitates a recent counterparty. */
	LOOKALIKE_COUNTERPARTY(
			"An incoming transfer from an address sharing its first 4 and last 4 hex characters with a recent counterparty of the receiver, but not it (all-zero prefixes ignored); the subject is the look-alike, which is marked as the receiver's poisoner."),

	/** A watched victim pays a marked poisoner. */
	POISONING_PAYOUT("A watched victim sends a non-dust amount to an address marked as its poisoner. Critical."),

	/**
	 * A transfer at or above the token's threshold or far above its 99.9th percentile.
	 */
	LARGE_TRANSFER(
			"An ERC-20 transfer at or above the token's configured threshold, or, with enough history, above 10 times its streaming 99.9th percentile (t-digest)."),

	/** One sender pays many distinct recipients within a short window. */
	FAN_OUT_BURST("One sender pays at least 10 distinct recipients within 1 hour."),

	/** One receiver collects whole balances from several senders. */
	FAN_IN_SWEEP(
			"One receiver gets, within 6 hours, transfers from more than 2 distinct senders that each move at least 95% of what the sender had received of the token, net of what it sent."),

	/** An address forwards most of an amount it just received. */
	RAPID_PASS_THROUGH(
			"An address forwards 90% to 100% of an amount of a token it received, within 1 hour, in another transaction, keeping less than 10% of its balance of the token."),

	/** A sends to B and B sends (nearly) the same amount back. */
	ROUND_TRIP("A sends a token to B and B sends A an amount within 1% of it back within 24 hours; the subject is A."),

	/** A mint or burn at or above the token's threshold. */
	LARGE_MINT_BURN(
			"An ERC-20 mint or burn at or above the token's threshold (configured, or 100,000,000 whole tokens when its decimals are known).");

	private final String definition;

	DetectorId(String definition) {
		this.definition = definition;
	}

	/**
	 * What the detector looks for at its defaults, in one or two sentences.
	 * @return the definition
	 */
	public String definition() {
		return this.definition;
	}

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
