package io.chainsignal.common.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.chainsignal.common.json.Fields;

/**
 * One explainable risk alert about an address as published on {@code fraud-alerts},
 * schema version 1, valid by construction: the constructor throws
 * {@link io.chainsignal.common.json.EventValidationException} naming the field that
 * breaks the contract. Field meanings are in {@code docs/events.md}.
 *
 * @param schemaVersion always {@value #SCHEMA_VERSION}
 * @param alertId the deterministic id, see
 * {@link #alertId(Collection, String, Collection)}
 * @param status raised or retracted
 * @param chainId the EIP-155 chain id
 * @param subjectAddress the address the alert is about
 * @param counterpartyAddress the other side of the suspicious transfers, or null
 * @param tokenAddress the token involved, or null
 * @param score the combined score, 0 to 100
 * @param severity the band of {@code score}, see {@link Severity#forScore(int)}
 * @param detectors what each detector found, at least one, each id once
 * @param evidenceEventIds the {@code token-transfers} event ids behind the alert, at
 * least one, on this chain
 * @param transactionHash the transaction that triggered the alert
 * @param blockNumber the block of that transaction
 * @param createdAt when this event was created
 */
public record RiskAlert(@JsonProperty(required = true) int schemaVersion, String alertId, AlertStatus status,
		@JsonProperty(required = true) long chainId, String subjectAddress, String counterpartyAddress,
		String tokenAddress, @JsonProperty(required = true) int score, Severity severity,
		List<DetectorFinding> detectors, List<String> evidenceEventIds, String transactionHash,
		@JsonProperty(required = true) long blockNumber, Instant createdAt) {

	/** The schema version this record reads and writes. */
	public static final int SCHEMA_VERSION = 1;

	public RiskAlert {
		AlertRules.schemaVersion(schemaVersion);
		Fields.required("status", status);
		AlertRules.chainId(chainId);
		Fields.address("subject_address", subjectAddress);
		Fields.optionalAddress("counterparty_address", counterpartyAddress);
		Fields.optionalAddress("token_address", tokenAddress);
		AlertRules.severity(severity, score);
		detectors = AlertRules.detectors(detectors);
		evidenceEventIds = AlertRules.evidence(evidenceEventIds, chainId);
		AlertRules.alertId(alertId, detectors, subjectAddress, evidenceEventIds);
		Fields.hash("transaction_hash", transactionHash);
		Fields.nonNegative("block_number", blockNumber);
		Fields.required("created_at", createdAt);
	}

	/**
	 * A new RAISED alert, with its deterministic id and the severity of its score.
	 * @param chainId the EIP-155 chain id
	 * @param subjectAddress the address the alert is about
	 * @param counterpartyAddress the other side, or null
	 * @param tokenAddress the token involved, or null
	 * @param score the combined score, 0 to 100
	 * @param detectors what each detector found
	 * @param evidenceEventIds the event ids behind the alert
	 * @param transactionHash the transaction that triggered the alert
	 * @param blockNumber the block of that transaction
	 * @param createdAt when the alert is created
	 * @return the alert
	 */
	public static RiskAlert raised(long chainId, String subjectAddress, String counterpartyAddress, String tokenAddress,
			int score, List<DetectorFinding> detectors, List<String> evidenceEventIds, String transactionHash,
			long blockNumber, Instant createdAt) {
		Fields.required("detectors", detectors);
		Fields.between("score", score, 0, 100);
		String alertId = alertId(detectors.stream().map(DetectorFinding::id).toList(), subjectAddress,
				evidenceEventIds);
		return new RiskAlert(SCHEMA_VERSION, alertId, AlertStatus.RAISED, chainId, subjectAddress, counterpartyAddress,
				tokenAddress, score, Severity.forScore(score), detectors, evidenceEventIds, transactionHash,
				blockNumber, createdAt);
	}

	/**
	 * The deterministic alert id: lower-case hex SHA-256 of
	 * {@code "chainsignal-alert-v1\n"}, the sorted distinct detector ids joined with
	 * {@code ","}, {@code "\n"}, the subject address, {@code "\n"} and the sorted
	 * distinct evidence event ids joined with {@code ","}. The order of either list does
	 * not matter.
	 * @param detectorIds the detector ids, at least one
	 * @param subjectAddress the subject address, lower-case 0x hex
	 * @param evidenceEventIds the evidence event ids, at least one
	 * @return 64 lower-case hex characters
	 */
	public static String alertId(Collection<String> detectorIds, String subjectAddress,
			Collection<String> evidenceEventIds) {
		return AlertIds.compute(detectorIds, subjectAddress, evidenceEventIds);
	}

	/**
	 * The Kafka record key, which keeps every alert about an address in one partition, in
	 * order.
	 * @return {@code {chain_id}:{subject_address}}
	 */
	public String key() {
		return this.chainId + ":" + this.subjectAddress;
	}

	/**
	 * This alert in another status, typically RETRACTED with the same id.
	 * @param status the new status
	 * @param createdAt when the new event is created
	 * @return a copy with that status and creation time
	 */
	public RiskAlert withStatus(AlertStatus status, Instant createdAt) {
		return new RiskAlert(this.schemaVersion, this.alertId, status, this.chainId, this.subjectAddress,
				this.counterpartyAddress, this.tokenAddress, this.score, this.severity, this.detectors,
				this.evidenceEventIds, this.transactionHash, this.blockNumber, createdAt);
	}

}
