/**
 * The address-poisoning family: zero-value poisoning, look-alike counterparties and the
 * payout to a poisoner.
 */
package io.chainsignal.fraud.detectors.poisoning;
