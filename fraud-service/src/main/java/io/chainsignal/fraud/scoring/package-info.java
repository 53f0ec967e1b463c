/**
 * Detector ids, hits, and how hits combine into scored, explainable alerts.
 */
package io.chainsignal.fraud.scoring;
