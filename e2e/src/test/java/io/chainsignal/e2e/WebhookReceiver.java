package io.chainsignal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chainsignal.localstack.inbox.WebhookVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's endpoint: verifies each request's Standard Webhooks signature with the
 * local stack's {@link WebhookVerifier} (independent of the service's code), records what
 * it accepted, and answers 500 while told to fail. A request with a bad signature is
 * answered 401 and counted.
 */
final class WebhookReceiver implements AutoCloseable {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final WebhookVerifier verifier = new WebhookVerifier();

	private final List<Delivery> accepted = new CopyOnWriteArrayList<>();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger forged = new AtomicInteger();

	private volatile boolean failing;

	WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/hooks", this::receive);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks";
	}

	/** Accepts signatures made with this secret ({@code whsec_...}). */
	void trust(String secret) {
		this.verifier.addSecret(secret);
	}

	void failing(boolean failing) {
		this.failing = failing;
	}

	List<Delivery> accepted() {
		return new ArrayList<>(this.accepted);
	}

	int refused() {
		return this.refused.get();
	}

	int forged() {
		return this.forged.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readAllBytes();
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
			String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
			if (!this.verifier.verify(id, timestamp, signatures, body, Instant.now())) {
				this.forged.incrementAndGet();
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			if (this.failing) {
				this.refused.incrementAndGet();
				exchange.sendResponseHeaders(500, -1);
				return;
			}
			JsonNode payload = JSON.readTree(body);
			JsonNode data = payload.path("data");
			this.accepted.add(new Delivery(id, payload.path("type").asString(), data.path("event_id").asString(null),
					data.path("block_hash").asString(null), data.path("watched_address").asString(null)));
			exchange.sendResponseHeaders(204, -1);
		}
	}

	/**
	 * One accepted request.
	 *
	 * @param webhookId the {@code webhook-id} header
	 * @param type {@code transfer.confirmed}, {@code transfer.removed}, ...
	 * @param eventId the transfer's event id
	 * @param blockHash the placement's block
	 * @param watchedAddress the subscription's address the transfer touched
	 */
	record Delivery(String webhookId, String type, String eventId, String blockHash, String watchedAddress) {

		String placement() {
			return this.eventId + "@" + this.blockHash;
		}

	}

}
