package io.chainsignal.fraud.topology;

import java.util.ArrayList;
import java.util.List;

import io.chainsignal.fraud.detectors.Transfer;

/**
 * The scored transfers of one transaction that are held until the transaction is
 * complete, so that transaction-wide detectors see all of it.
 *
 * @param transfers the transfers so far, in arrival order
 * @param lastArrivalMs wall-clock time of the latest arrival
 * @param timestamp record timestamp of the latest arrival
 */
public record PendingTransaction(List<Transfer> transfers, long lastArrivalMs, long timestamp) {

	public PendingTransaction {
		transfers = new ArrayList<>(transfers);
	}

}
