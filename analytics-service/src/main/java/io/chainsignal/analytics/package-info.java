/**
 * analytics-service: a reorg-correct PostgreSQL analytics store fed from
 * {@code token-transfers}, with REST dashboard queries.
 */
package io.chainsignal.analytics;
