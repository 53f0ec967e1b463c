/**
 * The volume family: large transfers and large mints or burns, judged per token.
 */
package io.chainsignal.fraud.detectors.volume;
