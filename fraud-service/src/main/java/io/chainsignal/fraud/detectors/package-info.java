/**
 * The detectors' settings and the helpers they share; each detector or family lives in a
 * sub-package.
 */
package io.chainsignal.fraud.detectors;
