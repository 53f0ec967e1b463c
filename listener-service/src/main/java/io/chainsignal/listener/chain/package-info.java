/**
 * What the listener reads from the chain: head and tagged block numbers, block headers
 * (in JSON-RPC batches), the transactions' parties, and transfer logs by block range with
 * {@code eth_getLogs} (never server-side filters, which silently lose events behind
 * load-balanced providers).
 */
package io.chainsignal.listener.chain;
