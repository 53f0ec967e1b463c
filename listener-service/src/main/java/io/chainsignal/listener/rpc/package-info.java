/**
 * Talking to Ethereum JSON-RPC nodes: our own small web3j auto-configuration (property
 * names of the abandoned web3j-spring-boot-starter), and a client that retries transient
 * faults with bounded, jittered backoff, honours {@code Retry-After}, fails over between
 * endpoints, and reports health and metrics. URLs are redacted wherever they are shown,
 * because provider URLs often carry API keys.
 */
package io.chainsignal.listener.rpc;
