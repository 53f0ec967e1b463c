package io.chainsignal.fraud.topology;

import io.chainsignal.common.transfer.TransferStatus;

/**
 * What the lifecycle store remembers of one event id: the placement it applied (rule 4 of
 * docs/events.md) and its latest status.
 *
 * @param blockHash the applied placement
 * @param status the latest status seen for it
 * @param blockTimestamp its block time, for expiry
 */
public record Applied(String blockHash, TransferStatus status, long blockTimestamp) {

}
