package io.chainsignal.listener.checkpoint;

import java.util.List;

import io.chainsignal.common.transfer.TokenTransfer;

/**
 * The published events of one window block, key {@code {chain_id}:{block_number}} in
 * {@code listener-checkpoints}: what a reorganisation would retract. Tombstoned when the
 * block leaves the window.
 *
 * @param hash the block hash these events belong to
 * @param events the events as last published
 */
record BlockEvents(String hash, List<TokenTransfer> events) {
}
