package io.chainsignal.localstack.demo;

import java.time.Duration;

/**
 * Sleeps, turning an interruption (the stack is stopping) into an exception that ends the
 * demo thread.
 */
final class Pause {

	private Pause() {
	}

	static void of(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoStopped();
		}
	}

	/** Thrown when the demo thread is interrupted. */
	static final class DemoStopped extends RuntimeException {

		DemoStopped() {
			super("the demo was stopped", null, false, false);
		}

	}

}
