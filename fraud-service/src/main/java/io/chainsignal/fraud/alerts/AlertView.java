package io.chainsignal.fraud.alerts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.chainsignal.common.alert.DetectorFinding;

/**
 * An alert as the REST API shows it: the published alert with its current status and when
 * it was first raised and last changed.
 *
 * @param alertId the deterministic alert id
 * @param seq storage order, used by the cursor only
 * @param status RAISED or RETRACTED
 * @param chainId the chain
 * @param subjectAddress the address the alert is about
 * @param counterpartyAddress the other side, or null
 * @param tokenAddress the token, or null
 * @param score combined score 0 to 100
 * @param severity its band
 * @param detectors what each detector found
 * @param evidenceEventIds the transfers behind it
 * @param transactionHash the triggering transaction
 * @param blockNumber its block
 * @param raisedAt when the alert was raised
 * @param updatedAt when its status last changed
 */
record AlertView(String alertId, @JsonIgnore long seq, String status, long chainId, String subjectAddress,
		String counterpartyAddress, String tokenAddress, int score, String severity, List<DetectorFinding> detectors,
		List<String> evidenceEventIds, String transactionHash, long blockNumber, Instant raisedAt, Instant updatedAt) {

}
