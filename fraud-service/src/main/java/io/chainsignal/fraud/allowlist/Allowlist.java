package io.chainsignal.fraud.allowlist;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.chainsignal.fraud.scoring.AlertAssembler;
import io.chainsignal.fraud.scoring.DetectorId;

/**
 * The allowlist in force: configured entries plus those made from false-positive
 * feedback, read lock-free by the Streams threads.
 */
public final class Allowlist implements AlertAssembler.Suppression {

	/** The detector wildcard: every detector. */
	public static final String ALL = "*";

	private final Map<String, Set<String>> configured;

	private volatile Map<String, Set<String>> learned = Map.of();

	Allowlist(AllowlistSettings settings) {
		Map<String, Set<String>> entries = new ConcurrentHashMap<>();
		settings.addresses()
			.forEach((address, detectors) -> entries
				.put(address.toLowerCase(Locale.ROOT), (detectors == null || detectors.isEmpty()) ? Set.of(ALL)
						: detectors.stream().map(Allowlist::normalise).collect(java.util.stream.Collectors.toSet())));
		this.configured = Map.copyOf(entries);
	}

	@Override
	public boolean suppresses(String address, DetectorId detector) {
		return matches(this.configured.get(address), detector) || matches(this.learned.get(address), detector);
	}

	@Override
	public boolean suppressesAll(String address) {
		Set<String> configured = this.configured.get(address);
		Set<String> learned = this.learned.get(address);
		return (configured != null && configured.contains(ALL)) || (learned != null && learned.contains(ALL));
	}

	void replaceLearned(Map<String, Set<String>> entries) {
		this.learned = Map.copyOf(entries);
	}

	static String normalise(String detector) {
		return ALL.equals(detector.trim()) ? ALL : DetectorId.parse(detector).wireId();
	}

	private static boolean matches(Set<String> detectors, DetectorId detector) {
		return detectors != null && (detectors.contains(ALL) || detectors.contains(detector.wireId()));
	}

}
