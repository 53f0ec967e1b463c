/**
 * Following the chain: backfill and live tail by block range, the finality policy, the
 * window of recent blocks that detects reorganisations and retracts what they orphan, and
 * the loop that hands each step's events and the new cursor to the checkpoint package, to
 * be committed together.
 */
package io.chainsignal.listener.ingest;
