/**
 * Pure decoding of token transfer logs: turns one Ethereum log into ERC-20, ERC-721 or
 * ERC-1155 transfers (or reports a Transfer-topic log whose shape it cannot decode), and
 * decodes the return data of the {@code name()}, {@code symbol()} and {@code decimals()}
 * token metadata calls. No I/O and no Spring here; the pipeline calls
 * {@link io.chainsignal.listener.decode.TransferLogDecoder} and
 * {@link io.chainsignal.listener.decode.TokenMetadataDecoder}.
 */
package io.chainsignal.listener.decode;
