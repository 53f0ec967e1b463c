package io.chainsignal.listener.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls the listener's Actuator health over real HTTP until it reports the expected
 * status.
 */
final class ActuatorHealth {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ActuatorHealth() {
	}

	/** Waits until {@code /actuator/health/readiness} reports {@code status}. */
	static void awaitReadiness(RunningListener listener, String status) throws Exception {
		await(listener, "/actuator/health/readiness", "\"status\":\"" + status + "\"}", Duration.ofSeconds(30));
	}

	/** Waits until the component of {@code /actuator/health} reports {@code status}. */
	static void awaitComponent(RunningListener listener, String component, String status) throws Exception {
		await(listener, "/actuator/health", "\"" + component + "\":{\"status\":\"" + status + "\"",
				Duration.ofSeconds(30));
	}

	private static void await(RunningListener listener, String path, String expected, Duration timeout)
			throws Exception {
		URI uri = URI.create("http://localhost:" + listener.port() + path);
		Instant deadline = Instant.now().plus(timeout);
		String body = "";
		while (Instant.now().isBefore(deadline)) {
			body = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
			if (body.contains(expected)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(path + " never showed " + expected + ": " + body);
	}

}
