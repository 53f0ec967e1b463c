package io.chainsignal.localstack.stack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which chain the listener indexes: the stack's own anvil, or the node
 * {@code ETH_RPC_URL} names.
 *
 * <p>
 * On the local anvil, blocks come every {@code blockTime} and a block is final after 5
 * confirmations, with UNCONFIRMED events published first: alerts then appear within
 * seconds, and the demo's shallow reorgs (2 blocks) show up as UNCONFIRMED then REMOVED,
 * never touching a CONFIRMED event. On a real node the listener's own default of 12
 * confirmations applies, and it starts at the head ({@code latest}) unless
 * {@code ETH_START_BLOCK} says otherwise: indexing a public chain from block 0 takes
 * days.
 *
 * @param externalRpcUrl the node to index, or empty for the stack's own anvil
 * @param startBlock where a listener without a cursor starts
 * @param confirmations blocks on top of a block before it is final
 * @param emitUnconfirmed whether UNCONFIRMED events are published before CONFIRMED ones
 * @param blockTime anvil's mining interval (local anvil only)
 */
public record ChainSettings(Optional<String> externalRpcUrl, String startBlock, int confirmations,
		boolean emitUnconfirmed, Duration blockTime) {

	/** The environment variable that points the stack at another node. */
	public static final String RPC_URL_VARIABLE = "ETH_RPC_URL";

	/**
	 * The stack's own anvil.
	 * @return the local chain's settings
	 */
	public static ChainSettings localAnvil() {
		return new ChainSettings(Optional.empty(), "0", 5, true, Duration.ofSeconds(1));
	}

	/**
	 * Reads {@code ETH_RPC_URL}, {@code ETH_START_BLOCK} and {@code ETH_CONFIRMATIONS}.
	 * @param environment the environment, usually {@code System.getenv()}
	 * @return the external node's settings when {@code ETH_RPC_URL} is set, otherwise
	 * {@link #localAnvil()}
	 */
	public static ChainSettings fromEnvironment(Map<String, String> environment) {
		String url = environment.get(RPC_URL_VARIABLE);
		if (url == null || url.isBlank()) {
			return localAnvil();
		}
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			throw new IllegalArgumentException(RPC_URL_VARIABLE + " must be an http:// or https:// JSON-RPC URL");
		}
		String startBlock = environment.getOrDefault("ETH_START_BLOCK", "latest");
		int confirmations = Integer.parseInt(environment.getOrDefault("ETH_CONFIRMATIONS", "12"));
		return new ChainSettings(Optional.of(url.trim()), startBlock, confirmations, false, Duration.ofSeconds(1));
	}

	/**
	 * Tells whether the stack runs its own anvil.
	 * @return true without {@code ETH_RPC_URL}
	 */
	public boolean local() {
		return this.externalRpcUrl.isEmpty();
	}

}
