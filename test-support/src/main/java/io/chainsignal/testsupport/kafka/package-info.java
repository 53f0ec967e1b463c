/**
 * Kafka (KRaft) for integration tests: the shared broker
 * ({@link io.chainsignal.testsupport.kafka.KafkaServer#shared()}), dedicated ones, and a
 * broker a test can stop and restart on the same port with its data
 * ({@link io.chainsignal.testsupport.kafka.RestartableKafka}).
 */
package io.chainsignal.testsupport.kafka;
