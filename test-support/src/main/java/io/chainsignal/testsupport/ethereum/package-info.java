/**
 * A local Ethereum node for integration tests:
 * {@link io.chainsignal.testsupport.ethereum.Anvil} processes (shared or dedicated),
 * chain control ({@link io.chainsignal.testsupport.ethereum.Chain}: mining, snapshots,
 * reorgs), signed transactions from anvil's dev accounts, and the test token contracts
 * compiled from {@code src/main/solidity}.
 */
package io.chainsignal.testsupport.ethereum;
