package io.chainsignal.fraud.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.common.alert.RiskAlert;

/**
 * Turns the hits one trigger produced into alerts: one per subject, allowlisted hits
 * dropped, scores combined, the strongest hit naming the counterparty and token.
 */
public final class AlertAssembler {

	private final Suppression suppression;

	/**
	 * An assembler that drops hits the allowlist suppresses.
	 * @param suppression which (address, detector) pairs are allowlisted
	 */
	public AlertAssembler(Suppression suppression) {
		this.suppression = suppression;
	}

	/**
	 * The alerts of one trigger.
	 * @param chainId the chain
	 * @param hits the hits, in any order
	 * @param transactionHash the triggering transaction
	 * @param blockNumber its block
	 * @param createdAt the creation time of the alerts
	 * @return one alert per subject with at least one unsuppressed hit
	 */
	public List<RiskAlert> assemble(long chainId, List<Hit> hits, String transactionHash, long blockNumber,
			Instant createdAt) {
		Map<String, List<Hit>> bySubject = new LinkedHashMap<>();
		for (Hit hit : hits) {
			if (this.suppression.suppresses(hit.subject(), hit.detector()) || (hit.counterparty() != null
					&& this.suppression.suppresses(hit.counterparty(), hit.detector()))) {
				continue;
			}
			List<Hit> same = bySubject.computeIfAbsent(hit.subject(), (subject) -> new ArrayList<>());
			if (same.stream().noneMatch((other) -> other.detector() == hit.detector())) {
				same.add(hit);
			}
		}
		List<RiskAlert> alerts = new ArrayList<>();
		bySubject.forEach((subject, subjectHits) -> {
			subjectHits.sort(Comparator.comparingInt(Hit::score).reversed());
			Hit strongest = subjectHits.get(0);
			List<DetectorFinding> findings = new ArrayList<>();
			Set<String> evidence = new LinkedHashSet<>();
			for (Hit hit : subjectHits) {
				findings.add(new DetectorFinding(hit.detector().wireId(), hit.score(), hit.reason(), hit.params()));
				evidence.addAll(hit.evidence());
			}
			int score = Scores.combine(subjectHits.stream().map(Hit::score).toList());
			alerts.add(RiskAlert.raised(chainId, subject, strongest.counterparty(), strongest.token(), score, findings,
					List.copyOf(evidence), transactionHash, blockNumber, createdAt));
		});
		return alerts;
	}

	/**
	 * Whether an address is allowlisted for a detector.
	 */
	@FunctionalInterface
	public interface Suppression {

		/**
		 * Whether hits of a detector about (or against) an address are dropped.
		 * @param address the address
		 * @param detector the detector
		 * @return true to drop
		 */
		boolean suppresses(String address, DetectorId detector);

		/**
		 * Whether every detector is suppressed for an address, so that the address stage
		 * need not keep its state at all (exchange hot wallets, routers).
		 * @param address the address
		 * @return true when allowlisted for all detectors
		 */
		default boolean suppressesAll(String address) {
			return false;
		}

	}

}
