package io.chainsignal.testsupport;

/**
 * How a test server runs: in a Testcontainers container, or embedded in (or launched by)
 * the test JVM.
 */
public enum Backend {

	/** A Testcontainers container; chosen when a Docker daemon answers. */
	CONTAINER,

	/** In the test JVM or a child process of it; the fallback without Docker. */
	EMBEDDED

}
