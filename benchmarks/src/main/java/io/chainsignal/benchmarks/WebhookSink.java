package io.chainsignal.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local webhook receiver of the notification benchmarks: several JDK
 * {@link HttpServer}s on ports of their own (the service limits concurrency per host and
 * port, so one port would measure that limit), one virtual thread per request. Every
 * request is verified as the Standard Webhooks specification says, with this class's own
 * HMAC code, against the secret of the subscription named by the path
 * ({@code /s/<subscription number>}); a request whose signature does not verify is
 * counted as such and answered 400. The receive time of each event id is kept for the
 * latency benchmark.
 */
final class WebhookSink implements AutoCloseable {

	private final List<HttpServer> servers = new ArrayList<>();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Map<Integer, byte[]> keys = new ConcurrentHashMap<>();

	private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();

	private final AtomicLong verified = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong firstNanos = new AtomicLong();

	private final AtomicLong lastNanos = new AtomicLong();

	private final AtomicReference<Sample> sample = new AtomicReference<>();

	private WebhookSink() {
	}

	/**
	 * Starts the receiver on {@code endpoints} free ports of 127.0.0.1.
	 * @param endpoints how many ports
	 * @return the running receiver
	 */
	static WebhookSink start(int endpoints) throws IOException {
		WebhookSink sink = new WebhookSink();
		for (int i = 0; i < endpoints; i++) {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
			server.setExecutor(sink.executor);
			server.createContext("/", sink::handle);
			server.start();
			sink.servers.add(server);
		}
		return sink;
	}

	/**
	 * The target URL of subscription number {@code n}, on endpoint {@code n % endpoints}.
	 */
	String target(int n) {
		return "http://127.0.0.1:" + port(n % this.servers.size()) + "/s/" + n;
	}

	int port(int endpoint) {
		return this.servers.get(endpoint).getAddress().getPort();
	}

	int endpoints() {
		return this.servers.size();
	}

	/**
	 * Registers the signing secret ({@code whsec_...}) of subscription number {@code n}.
	 */
	void secret(int n, String secret) {
		this.keys.put(n, Base64.getDecoder().decode(secret.substring("whsec_".length())));
	}

	long verified() {
		return this.verified.get();
	}

	long rejected() {
		return this.rejected.get();
	}

	/** Starts a new counting window: counts, first and last receive times. */
	void resetWindow() {
		this.verified.set(0);
		this.rejected.set(0);
		this.firstNanos.set(0);
		this.lastNanos.set(0);
	}

	/** Seconds between the first and the last verified request of the window. */
	double windowSeconds() {
		return (this.lastNanos.get() - this.firstNanos.get()) / 1e9;
	}

	/** When the delivery of an event id arrived ({@link System#nanoTime()}), or null. */
	Long receivedAt(String eventId) {
		return this.receivedAt.get(eventId);
	}

	/** One verified request as received, for the raw HTTP limit to send again. */
	Sample sample() {
		return this.sample.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long now = System.nanoTime();
		try (exchange; InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readAllBytes();
			String path = exchange.getRequestURI().getPath();
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
			String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
			boolean ok = path.startsWith("/s/")
					&& verify(this.keys.get(Integer.parseInt(path.substring(3))), id, timestamp, signature, body);
			if (!ok) {
				this.rejected.incrementAndGet();
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			this.verified.incrementAndGet();
			this.firstNanos.compareAndSet(0, now);
			this.lastNanos.accumulateAndGet(now, Math::max);
			String eventId = eventId(body);
			if (eventId != null) {
				this.receivedAt.putIfAbsent(eventId, now);
			}
			if (this.sample.get() == null) {
				this.sample.compareAndSet(null, new Sample(path, id, timestamp, signature, body));
			}
			exchange.sendResponseHeaders(204, -1);
		}
		catch (RuntimeException ex) {
			this.rejected.incrementAndGet();
			throw ex;
		}
	}

	static boolean verify(byte[] key, String id, String timestamp, String signatures, byte[] body) {
		if (key == null || id == null || timestamp == null || signatures == null
				|| Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			byte[] expected = mac.doFinal(body);
			for (String signature : signatures.split(" ")) {
				if (signature.startsWith("v1,")
						&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
					return true;
				}
			}
			return false;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String eventId(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		int start = text.indexOf("\"event_id\":\"");
		if (start < 0) {
			return null;
		}
		start += "\"event_id\":\"".length();
		return text.substring(start, text.indexOf('"', start));
	}

	@Override
	public void close() {
		this.servers.forEach((server) -> server.stop(0));
		this.executor.shutdownNow();
	}

	/**
	 * A verified request: what the raw HTTP limit sends again.
	 *
	 * @param path the request path
	 * @param id the webhook-id header
	 * @param timestamp the webhook-timestamp header
	 * @param signature the webhook-signature header
	 * @param body the body
	 */
	record Sample(String path, String id, String timestamp, String signature, byte[] body) {
	}

}
