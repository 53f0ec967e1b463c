/**
 * Allowlists that suppress detectors per address: configured ones and those learned from
 * false-positive feedback.
 */
package io.chainsignal.fraud.allowlist;
