/**
 * What the stateful detectors remember per (chain, address), stored as JSON in
 * changelogged state stores.
 */
package io.chainsignal.fraud.detectors.state;
