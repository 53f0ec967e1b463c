/**
 * ChainSignal's event contract: the records, JSON serdes, topic names and JSON Schemas
 * that every service shares, documented in {@code docs/events.md}.
 */
package io.chainsignal.common;
