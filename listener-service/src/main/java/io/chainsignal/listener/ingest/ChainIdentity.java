package io.chainsignal.listener.ingest;

/**
 * The EIP-155 chain id of the node the listener follows, verified at start against the
 * configuration.
 *
 * @param chainId the chain id
 */
public record ChainIdentity(long chainId) {
}
