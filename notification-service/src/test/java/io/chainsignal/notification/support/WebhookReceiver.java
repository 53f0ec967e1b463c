package io.chainsignal.notification.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server (the JDK's) standing in for subscribers' endpoints: each test takes
 * its own {@link Endpoint}, scripts its answers and reads what it received.
 */
public final class WebhookReceiver {

	private static final WebhookReceiver SHARED = start();

	private final HttpServer server;

	private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	public static WebhookReceiver shared() {
		return SHARED;
	}

	private static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/hooks/", receiver::handle);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * A new endpoint answering 204 unless scripted otherwise.
	 * @return the endpoint
	 */
	public Endpoint endpoint() {
		Endpoint endpoint = new Endpoint("/hooks/" + UUID.randomUUID(), port());
		this.endpoints.put(endpoint.path, endpoint);
		return endpoint;
	}

	private void handle(HttpExchange exchange) throws IOException {
		Endpoint endpoint = this.endpoints.get(exchange.getRequestURI().getPath());
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (endpoint == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			int inFlight = endpoint.inFlight.incrementAndGet();
			endpoint.maxInFlight.accumulateAndGet(inFlight, Math::max);
			Answer answer = endpoint.script.poll();
			if (answer == null) {
				answer = new Answer(204, Map.of(), Duration.ZERO);
			}
			endpoint.received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"), body, Instant.now(), answer.status));
			if (!answer.delay.isZero()) {
				Thread.sleep(answer.delay);
			}
			answer.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			endpoint.inFlight.decrementAndGet();
			exchange.sendResponseHeaders(answer.status, -1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client gave up (timeout test)
		}
		finally {
			exchange.close();
		}
	}

	/**
	 * One scripted endpoint.
	 */
	public static final class Endpoint {

		private final String path;

		private final int port;

		private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();

		private final List<Received> received = new CopyOnWriteArrayList<>();

		private final AtomicInteger inFlight = new AtomicInteger();

		private final AtomicInteger maxInFlight = new AtomicInteger();

		Endpoint(String path, int port) {
			this.path = path;
			this.port = port;
		}

		public String url() {
			return "http://127.0.0.1:" + this.port + this.path;
		}

		public String path() {
			return this.path;
		}

		/**
		 * Answers the next request with this status (then 204 once the script is used
		 * up).
		 */
		public Endpoint then(int status) {
			return then(status, Map.of(), Duration.ZERO);
		}

		public Endpoint then(int status, Map<String, String> headers, Duration delay) {
			this.script.add(new Answer(status, headers, delay));
			return this;
		}

		public List<Received> received() {
			return new ArrayList<>(this.received);
		}

		/** The most requests this endpoint was handling at once. */
		public int maxInFlight() {
			return this.maxInFlight.get();
		}

		/** Waits until {@code count} requests arrived and returns all of them. */
		public List<Received> await(int count, Duration timeout) {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (this.received.size() < count) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Expected " + count + " requests at " + this.path + " within " + timeout
							+ " but got " + this.received.size() + ": " + this.received);
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			return received();
		}

	}

	record Answer(int status, Map<String, String> headers, Duration delay) {
	}

	/**
	 * One request as received.
	 *
	 * @param webhookId the webhook-id header
	 * @param timestamp the webhook-timestamp header
	 * @param signature the webhook-signature header
	 * @param body the raw body
	 * @param at when it arrived
	 * @param answeredWith the status it was answered with
	 */
	public record Received(String webhookId, String timestamp, String signature, String body, Instant at,
			int answeredWith) {

		/** Whether this request carries a valid signature by {@code secret}. */
		public boolean signedBy(String secret) {
			return StandardWebhooksVerifier.verify(secret, this.webhookId, this.timestamp, this.signature, this.body,
					Instant.now());
		}

	}

}
