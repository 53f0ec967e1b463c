package io.chainsignal.fraud.detectors.sanctioned;

/**
 * Answers whether an address is on the sanctions list in force.
 */
@FunctionalInterface
public interface SanctionsLookup {

	/**
	 * Whether the address is listed.
	 * @param address lower-case 0x hex
	 * @return true when listed
	 */
	boolean isListed(String address);

}
