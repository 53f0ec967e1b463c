/**
 * The flow family: fan-out bursts, fan-in sweeps, rapid pass-through and round trips.
 */
package io.chainsignal.fraud.detectors.flow;
