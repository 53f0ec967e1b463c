/**
 * Ingestion status for operators: the status endpoint, Kafka health, lag and dead-letter
 * counts.
 */
package io.chainsignal.analytics.status;
