/**
 * Ingestion of {@code token-transfers}: the lifecycle rules, bulk writes of transfers and
 * their derived tables in one transaction per batch, dead letters and retries.
 */
package io.chainsignal.analytics.ingest;
