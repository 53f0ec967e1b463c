package io.chainsignal.e2e;

import java.util.List;

/**
 * How the services' view compares with the chain's at one moment.
 *
 * @param canonicalTransfers final transfers on the canonical chain
 * @param lost transfers, deliveries or mails the chain says must exist and the services
 * do not show
 * @param duplicated transfers counted twice, webhook ids accepted twice, extra mails
 * @param differences what differs, in words, for the failure message
 */
record Verdict(int canonicalTransfers, int lost, int duplicated, List<String> differences) {

	boolean exact() {
		return this.differences.isEmpty();
	}

}
