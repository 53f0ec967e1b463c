package io.chainsignal.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;

import io.chainsignal.common.json.EventJson;

/**
 * Creates the benchmark's subscriptions through the service's REST API
 * ({@code POST /api/v1/subscriptions}), several requests in flight, and hands each
 * signing secret to the receiver so that it can verify what it is sent.
 */
final class NotificationSubscriptions {

	private static final int IN_FLIGHT = 16;

	private NotificationSubscriptions() {
	}

	/**
	 * Creates subscriptions number 0 to {@code count - 1}.
	 * @param service the service's base URI
	 * @param apiKey the tenant's API key
	 * @param count how many
	 * @param filters the filter JSON of subscription number n
	 * @param sink the receiver, which gets each subscription's target and secret
	 * @return subscriptions created per second
	 */
	static double create(URI service, String apiKey, int count, IntFunction<String> filters, WebhookSink sink)
			throws Exception {
		AtomicInteger next = new AtomicInteger();
		URI endpoint = service.resolve("/api/v1/subscriptions");
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			long start = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int worker = 0; worker < IN_FLIGHT; worker++) {
				workers.add(threads.submit(() -> {
					for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
						String body = "{\"name\":\"benchmark " + n + "\",\"chain_id\":" + NotificationTransfers.CHAIN_ID
								+ ",\"channel\":\"webhook\",\"target\":\"" + sink.target(n) + "\",\"filter\":"
								+ filters.apply(n) + "}";
						HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint)
							.header("authorization", "Bearer " + apiKey)
							.header("content-type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 201) {
							throw new IOException("creating subscription " + n + " answered " + response.statusCode()
									+ ": " + response.body());
						}
						JsonNode created = EventJson.mapper().readTree(response.body());
						sink.secret(n, created.get("secret").asString());
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			return count / ((System.nanoTime() - start) / 1e9);
		}
	}

}
