/**
 * fraud-service: explainable, reorg-aware anomaly scoring of every token transfer,
 * published to fraud-alerts and served over REST API v1.
 */
package io.chainsignal.fraud;
