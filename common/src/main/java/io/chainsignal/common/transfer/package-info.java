/**
 * The {@code token-transfers} event: one ERC-20, ERC-721 or ERC-1155 transfer with its
 * lifecycle status, and its Kafka serdes.
 */
package io.chainsignal.common.transfer;
