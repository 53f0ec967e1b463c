/**
 * Real servers for integration tests, one of each per JVM and started on first use: Kafka
 * (KRaft), PostgreSQL 17, anvil (a local Ethereum node) and GreenMail (SMTP).
 * {@link io.chainsignal.testsupport.TestServers} is the front door;
 * {@link io.chainsignal.testsupport.ImageNames} pins every container image.
 */
package io.chainsignal.testsupport;
