/**
 * Spring wiring of the Streams topology, the topics fraud-service owns and REST error
 * handling.
 */
package io.chainsignal.fraud.config;
