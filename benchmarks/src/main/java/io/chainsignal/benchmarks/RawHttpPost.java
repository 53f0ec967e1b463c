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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limit of webhook dispatch: a plain JDK HTTP client POSTing an already signed
 * request, again and again, to the same receiver's endpoints with the same total
 * concurrency as the service (endpoints times its per-endpoint limit). No database, no
 * signing: what the receiver and the loopback network can take on this machine.
 */
final class RawHttpPost {

	private RawHttpPost() {
	}

	/**
	 * Requests per second accepted (2xx) by the receiver.
	 * @param sink the receiver
	 * @param sample a request the receiver verified
	 * @param count how many requests in all
	 * @param concurrency requests in flight
	 */
	static double requestsPerSecond(WebhookSink sink, WebhookSink.Sample sample, int count, int concurrency)
			throws Exception {
		AtomicLong next = new AtomicLong();
		AtomicLong accepted = new AtomicLong();
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<HttpRequest> requests = new ArrayList<>();
			for (int endpoint = 0; endpoint < sink.endpoints(); endpoint++) {
				requests
					.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sink.port(endpoint) + sample.path()))
						.header("content-type", "application/json")
						.header("webhook-id", sample.id())
						.header("webhook-timestamp", sample.timestamp())
						.header("webhook-signature", sample.signature())
						.POST(HttpRequest.BodyPublishers.ofByteArray(sample.body()))
						.build());
			}
			long start = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int worker = 0; worker < concurrency; worker++) {
				workers.add(threads.submit(() -> {
					for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						HttpResponse<Void> response = client.send(requests.get((int) (i % requests.size())),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() / 100 == 2) {
							accepted.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			if (accepted.get() != count) {
				throw new IOException("the receiver accepted " + accepted.get() + " of " + count + " raw requests");
			}
			return count / seconds;
		}
	}

}
