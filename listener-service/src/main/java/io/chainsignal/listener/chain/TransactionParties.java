package io.chainsignal.listener.chain;

/** A transaction's sender and target (null target for contract creation). */
public record TransactionParties(String from, String to) {
}
