/**
 * ChainSignal services as separate operating-system processes started from their
 * executable jars ({@link io.chainsignal.testsupport.process.ServiceProcess}), for the
 * local stack, end-to-end tests and benchmarks: each with its own classpath, port and
 * log, killable with {@code kill -9} and restartable on the same port.
 */
package io.chainsignal.testsupport.process;
