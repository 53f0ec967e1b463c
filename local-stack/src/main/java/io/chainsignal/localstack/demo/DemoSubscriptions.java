package io.chainsignal.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.chainsignal.localstack.inbox.InboxServer;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.mail.ReceivedMail;

/**
 * Registers the demo's subscriptions through notification-service's public API, as a
 * tenant would: a webhook to the demo inbox, and an email subscription that the demo
 * confirms by following the link in the verification mail (double opt-in,
 * docs/notifications.md). Done once per data directory.
 */
final class DemoSubscriptions {

	/** Where the demo's mails go; GreenMail accepts any address. */
	static final String MAILBOX = "demo@chainsignal.local";

	private static final Logger logger = LoggerFactory.getLogger(DemoSubscriptions.class);

	private static final Pattern VERIFY_LINK = Pattern.compile("(http://\\S+/api/v1/email/verify\\?token=[^\\s\"<]+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI notification;

	private final String apiKey;

	private final long chainId;

	DemoSubscriptions(URI notification, String apiKey, long chainId) {
		this.notification = notification;
		this.apiKey = apiKey;
		this.chainId = chainId;
	}

	void ensureWebhook(DemoState state, InboxServer inbox, List<String> addresses) {
		String target = inbox.webhookUri().toString();
		if (state.webhookSecret().isPresent()) {
			String id = state.get("webhook.subscription").orElseThrow();
			if (!target.equals(state.get("webhook.target").orElse(""))) {
				// the inbox moved (free ports): point the subscription at it, as a
				// subscriber would
				HttpResponse<String> answer = send(authorized(this.notification.resolve("/api/v1/subscriptions/" + id))
					.method("PATCH",
							HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("target", target)))));
				if (answer.statusCode() != 200) {
					throw new IllegalStateException(
							"Moving the demo webhook answered " + answer.statusCode() + ": " + answer.body());
				}
				state.put("webhook.target", target);
				logger.info("Demo webhook subscription {} now delivers to {}", id, target);
			}
			return;
		}
		JsonNode created = create(Map.of("name", "demo webhook", "chain_id", this.chainId, "channel", "webhook",
				"target", target, "filter", Map.of("addresses", addresses, "event_types",
						List.of("transfer.confirmed", "transfer.removed", "risk.alert"))));
		String secret = created.path("secret").asString();
		inbox.trust(secret);
		state.put("webhook.subscription", created.path("id").asString());
		state.put("webhook.secret", secret);
		state.put("webhook.target", target);
		logger.info("Demo webhook subscription {} delivers to {}", created.path("id").asString(), inbox.webhookUri());
	}

	void ensureEmail(DemoState state, MailServer mail, List<String> addresses) {
		if (state.get("email.verified").isPresent()) {
			return;
		}
		if (state.get("email.subscription").isEmpty()) {
			JsonNode created = create(Map.of("name", "demo alerts", "chain_id", this.chainId, "channel", "email",
					"target", MAILBOX, "filter",
					Map.of("addresses", addresses, "event_types", List.of("transfer.confirmed", "risk.alert"))));
			state.put("email.subscription", created.path("id").asString());
		}
		String link = awaitVerificationLink(mail);
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(link)).GET());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("Following the verification link answered " + answer.statusCode());
		}
		state.put("email.verified", "true");
		logger.info("Demo email subscription {} confirmed through its verification mail to {}",
				state.get("email.subscription").orElseThrow(), MAILBOX);
	}

	private String awaitVerificationLink(MailServer mail) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> link = mail.received()
				.stream()
				.filter((received) -> received.to().contains(MAILBOX))
				.map(ReceivedMail::text)
				.map((text) -> (text != null) ? VERIFY_LINK.matcher(text) : null)
				.filter((matcher) -> matcher != null && matcher.find())
				.map((Matcher matcher) -> matcher.group(1))
				.reduce((first, second) -> second);
			if (link.isPresent()) {
				return link.get();
			}
			Pause.of(Duration.ofMillis(250));
		}
		throw new IllegalStateException("No verification mail reached " + MAILBOX + " within 2 minutes");
	}

	private JsonNode create(Map<String, Object> body) {
		HttpResponse<String> answer = send(authorized(this.notification.resolve("/api/v1/subscriptions"))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
		if (answer.statusCode() != 201) {
			throw new IllegalStateException(
					"Creating a demo subscription answered " + answer.statusCode() + ": " + answer.body());
		}
		return JSON.readTree(answer.body());
	}

	private HttpRequest.Builder authorized(URI uri) {
		return HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + this.apiKey)
			.header("Content-Type", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("notification-service did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
