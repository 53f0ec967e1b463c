package io.chainsignal.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local node made to behave like a remote provider: a real HTTP proxy in front of anvil
 * that answers each request after a round-trip latency plus its response size divided by
 * a per-request bandwidth. Then the node, not this machine's CPU, is the bottleneck,
 * which is the regime the listener's ratio target is about; raw {@code eth_getLogs} is
 * measured through the same proxy.
 */
final class RemoteNodeProxy implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient client = HttpClient.newBuilder().executor(this.executor).build();

	private final URI node;

	private final Duration latency;

	private final long bytesPerSecond;

	private RemoteNodeProxy(URI node, Duration latency, long bytesPerSecond) throws IOException {
		this.node = node;
		this.latency = latency;
		this.bytesPerSecond = bytesPerSecond;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::forward);
		this.server.start();
	}

	/**
	 * Starts a proxy in front of a node.
	 * @param node the node's JSON-RPC URL
	 * @param latency the round trip added to every request
	 * @param bytesPerSecond how fast one response travels
	 */
	static RemoteNodeProxy start(String node, Duration latency, long bytesPerSecond) {
		try {
			return new RemoteNodeProxy(URI.create(node), latency, bytesPerSecond);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String describe() {
		return this.latency.toMillis() + " ms round trip and " + (this.bytesPerSecond / 1_000_000)
				+ " MB/s per response";
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			HttpRequest request = HttpRequest.newBuilder(this.node)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes()))
				.build();
			byte[] body = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
			Thread.sleep(this.latency.plusNanos(body.length * 1_000_000_000L / this.bytesPerSecond));
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(503, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.close();
	}

}
