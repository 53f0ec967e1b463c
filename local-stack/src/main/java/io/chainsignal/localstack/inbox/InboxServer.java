package io.chainsignal.localstack.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.mail.ReceivedMail;

/**
 * The stack's demo inbox, a small JDK HTTP server on 127.0.0.1: it receives webhooks at
 * {@code POST /webhooks} and verifies their Standard Webhooks signatures, lists them at
 * {@code GET /webhooks}, and lists the mails the SMTP server received at
 * {@code GET /mails}. Both lists are JSON, newest first.
 *
 * <p>
 * A request that fails verification is answered 401, as a real subscriber would, so
 * notification-service retries it. A repeated {@code webhook-id} is answered 200 and
 * marked as a duplicate: Standard Webhooks delivers at least once, and the page shows
 * whether that ever happened.
 */
public final class InboxServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int KEPT = 1_000;

	private final HttpServer server;

	private final MailServer mail;

	private final WebhookVerifier verifier = new WebhookVerifier();

	/** The newest webhooks, at most {@link #KEPT}: the stack may run for days. */
	private final Deque<ReceivedWebhook> webhooks = new ArrayDeque<>();

	private final Set<String> seenIds = new HashSet<>();

	private long received;

	private long verified;

	private long duplicates;

	private InboxServer(HttpServer server, MailServer mail) {
		this.server = server;
		this.mail = mail;
	}

	/**
	 * Starts the inbox.
	 * @param port the port on 127.0.0.1
	 * @param mail the SMTP server whose mails {@code /mails} lists
	 * @return the running inbox
	 */
	public static InboxServer start(int port, MailServer mail) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
			InboxServer inbox = new InboxServer(server, mail);
			server.createContext("/webhooks", inbox::webhooks);
			server.createContext("/mails", inbox::mails);
			server.createContext("/", inbox::index);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return inbox;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the demo inbox on port " + port, ex);
		}
	}

	/**
	 * Accepts webhooks signed with this secret from now on.
	 * @param secret a {@code whsec_} secret of a subscription
	 */
	public void trust(String secret) {
		this.verifier.addSecret(secret);
	}

	/**
	 * Where webhooks are to be sent.
	 * @return {@code http://127.0.0.1:<port>/webhooks}
	 */
	public URI webhookUri() {
		return baseUri().resolve("/webhooks");
	}

	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * The newest webhooks received since this inbox started (at most 1,000), oldest
	 * first.
	 * @return the webhooks
	 */
	public synchronized List<ReceivedWebhook> received() {
		return List.copyOf(this.webhooks);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void webhooks(HttpExchange exchange) throws IOException {
		try (exchange) {
			if ("POST".equals(exchange.getRequestMethod())) {
				receive(exchange);
			}
			else if ("GET".equals(exchange.getRequestMethod())) {
				Map<String, Object> page = new LinkedHashMap<>();
				synchronized (this) {
					page.put("received", this.received);
					page.put("verified", this.verified);
					page.put("duplicates", this.duplicates);
				}
				page.put("webhooks", received().reversed().stream().limit(200).toList());
				respond(exchange, 200, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(page));
			}
			else {
				respond(exchange, 405, new byte[0]);
			}
		}
	}

	private void receive(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		boolean verified = this.verifier.verify(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
				exchange.getRequestHeaders().getFirst("webhook-signature"), body, Instant.now());
		JsonNode payload;
		try {
			payload = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			payload = JSON.getNodeFactory().stringNode(new String(body, StandardCharsets.UTF_8));
		}
		synchronized (this) {
			boolean duplicate = verified && !this.seenIds.add(id);
			this.received++;
			this.verified += verified ? 1 : 0;
			this.duplicates += duplicate ? 1 : 0;
			this.webhooks.addLast(new ReceivedWebhook(id, verified, duplicate, Instant.now(), payload));
			if (this.webhooks.size() > KEPT) {
				this.webhooks.removeFirst();
			}
		}
		respond(exchange, verified ? 200 : 401, new byte[0]);
	}

	private void mails(HttpExchange exchange) throws IOException {
		try (exchange) {
			List<Map<String, Object>> mails = new ArrayList<>();
			for (ReceivedMail received : this.mail.received().reversed()) {
				Map<String, Object> mail = new LinkedHashMap<>();
				mail.put("from", received.from());
				mail.put("to", received.to());
				mail.put("subject", received.subject());
				mail.put("text", received.text());
				mails.add(mail);
			}
			respond(exchange, 200, JSON.writerWithDefaultPrettyPrinter()
				.writeValueAsBytes(Map.of("received", mails.size(), "mails", mails)));
		}
	}

	private void index(HttpExchange exchange) throws IOException {
		try (exchange) {
			String html = "<!doctype html><html><body><h1>ChainSignal demo inbox</h1><ul>"
					+ "<li><a href=\"/webhooks\">received webhooks</a> (signatures verified)</li>"
					+ "<li><a href=\"/mails\">received mails</a></li></ul></body></html>";
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		if (body.length > 0) {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
		}
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

}
