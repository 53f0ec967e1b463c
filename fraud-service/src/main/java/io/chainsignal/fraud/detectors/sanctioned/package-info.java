/**
 * The sanctioned-counterparty detector and the lookup it asks.
 */
package io.chainsignal.fraud.detectors.sanctioned;
