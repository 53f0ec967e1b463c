package io.chainsignal.fraud.sanctions;

import java.util.Set;
import java.util.TreeSet;

import io.chainsignal.fraud.detectors.sanctioned.SanctionsLookup;

/**
 * The sanctions list in force in this instance: an immutable set swapped atomically, so
 * the Streams threads read it without locks while an admin replaces it.
 */
public final class SanctionsList implements SanctionsLookup {

	private volatile Set<String> addresses;

	private volatile String source;

	SanctionsList(Set<String> addresses, String source) {
		this.addresses = Set.copyOf(addresses);
		this.source = source;
	}

	@Override
	public boolean isListed(String address) {
		return this.addresses.contains(address);
	}

	Set<String> addresses() {
		return this.addresses;
	}

	String source() {
		return this.source;
	}

	/**
	 * Replaces the list and says what changed.
	 * @param next the new addresses
	 * @param nextSource where they came from
	 * @return the addresses added and removed
	 */
	synchronized Change replace(Set<String> next, String nextSource) {
		Set<String> added = new TreeSet<>(next);
		added.removeAll(this.addresses);
		Set<String> removed = new TreeSet<>(this.addresses);
		removed.removeAll(next);
		this.addresses = Set.copyOf(next);
		this.source = nextSource;
		return new Change(added, removed, next.size());
	}

	/**
	 * What a replacement changed.
	 *
	 * @param added addresses now listed that were not
	 * @param removed addresses no longer listed
	 * @param total the size of the new list
	 */
	record Change(Set<String> added, Set<String> removed, int total) {

	}

}
