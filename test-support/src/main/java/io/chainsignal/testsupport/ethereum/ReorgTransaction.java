package io.chainsignal.testsupport.ethereum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction that {@link Chain#reorg(int, ReorgTransaction...)} mines into one of the
 * replacement blocks. anvil signs it as {@code from} (a dev account) with the nonce that
 * account has at the common ancestor.
 *
 * @param from the sender, a dev account
 * @param to the contract or account called
 * @param data the call data (hex), e.g. {@link Erc20Token#transferData}
 * @param blockIndex which new block holds it: 0 is the first block after the common
 * ancestor, depth - 1 the head
 */
public record ReorgTransaction(DevAccount from, String to, String data, int blockIndex) {

	/** Explicit, so anvil does not estimate gas against the pre-reorg state. */
	private static final String GAS = "0x7a120";

	List<Object> toParameter() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("from", this.from.address());
		request.put("to", this.to);
		request.put("data", this.data);
		request.put("gas", GAS);
		return List.of(request, this.blockIndex);
	}

}
