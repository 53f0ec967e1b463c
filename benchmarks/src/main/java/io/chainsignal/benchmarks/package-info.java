/**
 * Benchmarks: each figure is measured next to the raw limit of the same machine in the
 * same run (raw {@code eth_getLogs} of the same node, ...), and reported as a ratio in
 * {@code docs/benchmarks.md}. Never timed unit tests.
 */
package io.chainsignal.benchmarks;
