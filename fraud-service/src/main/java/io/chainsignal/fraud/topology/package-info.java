/**
 * The Kafka Streams topology: lifecycle, repartitioning by address and token, the stages
 * that run the detectors, alert de-duplication and dead letters.
 */
package io.chainsignal.fraud.topology;
