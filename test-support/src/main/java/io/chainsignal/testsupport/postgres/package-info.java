/**
 * PostgreSQL 17 for integration tests: the shared server
 * ({@link io.chainsignal.testsupport.postgres.PostgresServer#shared()}) hands each caller
 * a fresh {@link io.chainsignal.testsupport.postgres.Database};
 * {@link io.chainsignal.testsupport.postgres.RestartablePostgres} is a server a test can
 * stop and start again with its data.
 */
package io.chainsignal.testsupport.postgres;
