package io.chainsignal.listener.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server in front of a JSON-RPC node that forwards every request, except when
 * a test has queued a fault: HTTP 429 with {@code Retry-After}, HTTP 500, a response
 * slower than the client's timeout, a connection closed without an answer, or a malformed
 * body. Faults can target one JSON-RPC method or any. Counts requests by method.
 */
final class FaultyRpcProxy implements AutoCloseable {

	private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpServer server;

	private final URI upstream;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final AtomicInteger faultsServed = new AtomicInteger();

	private volatile boolean down;

	FaultyRpcProxy(String upstreamUrl) throws IOException {
		this.upstream = URI.create(upstreamUrl);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Queues one fault, served to the next request for that method ({@code null}: any
	 * method).
	 */
	void inject(Kind kind, String method) {
		this.faults.add(new Fault(kind, method));
	}

	/** While down, every request is answered with HTTP 503. */
	void down(boolean down) {
		this.down = down;
	}

	int requests(String method) {
		AtomicInteger count = this.requests.get(method);
		return (count != null) ? count.get() : 0;
	}

	int faultsServed() {
		return this.faultsServed.get();
	}

	int faultsPending() {
		return this.faults.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String method = method(new String(body, StandardCharsets.UTF_8));
		this.requests.computeIfAbsent(method, (m) -> new AtomicInteger()).incrementAndGet();
		if (this.down) {
			respond(exchange, 503, "unavailable");
			return;
		}
		Fault fault = takeFault(method);
		if (fault != null) {
			this.faultsServed.incrementAndGet();
			switch (fault.kind()) {
				case HTTP_429 -> {
					exchange.getResponseHeaders().add("Retry-After", "1");
					respond(exchange, 429, "slow down");
				}
				case HTTP_500 -> respond(exchange, 500, "internal error");
				case TIMEOUT -> {
					sleep(Duration.ofSeconds(4));
					respond(exchange, 504, "too late");
				}
				case RESET -> exchange.close();
				case MALFORMED -> respond(exchange, 200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"oops\"");
			}
			return;
		}
		try {
			HttpResponse<byte[]> answer = this.client.send(HttpRequest.newBuilder(this.upstream)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer.body());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.close();
		}
		catch (IOException ex) {
			respond(exchange, 502, "upstream unreachable");
		}
	}

	private Fault takeFault(String method) {
		for (Fault fault : this.faults) {
			if ((fault.method() == null || fault.method().equals(method)) && this.faults.remove(fault)) {
				return fault;
			}
		}
		return null;
	}

	private static String method(String body) {
		Matcher matcher = METHOD.matcher(body);
		if (!matcher.find()) {
			return "?";
		}
		return body.trim().startsWith("[") ? "batch:" + matcher.group(1) : matcher.group(1);
	}

	private static void respond(HttpExchange exchange, int status, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** The faults a test can inject. */
	enum Kind {

		HTTP_429, HTTP_500, TIMEOUT, RESET, MALFORMED

	}

	private record Fault(Kind kind, String method) {
	}

}
