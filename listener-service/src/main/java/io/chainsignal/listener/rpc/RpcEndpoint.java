package io.chainsignal.listener.rpc;

import org.web3j.protocol.Web3j;

/**
 * One JSON-RPC endpoint: a label for metrics ({@code primary}, {@code fallback-1}, ...),
 * its redacted URL for logs, and its web3j client.
 */
record RpcEndpoint(String label, String redactedUrl, Web3j web3j) {
}
