package io.chainsignal.localstack.inbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.chainsignal.testsupport.mail.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo inbox over real HTTP: signed webhooks are accepted and listed, forged ones
 * refused with 401, a repeated {@code webhook-id} is counted as a duplicate.
 */
class InboxServerIT {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private MailServer mail;

	private InboxServer inbox;

	@BeforeEach
	void start() {
		this.mail = MailServer.start();
		this.inbox = InboxServer.start(0, this.mail);
		this.inbox.trust(SECRET);
	}

	@AfterEach
	void stop() {
		this.inbox.close();
		this.mail.close();
	}

	@Test
	void acceptsSignedWebhooksRefusesForgedOnesAndCountsDuplicates() throws Exception {
		String body = "{\"type\":\"transfer.confirmed\",\"timestamp\":\"2026-11-22T16:00:00Z\",\"data\":{}}";
		assertThat(post("msg_1", body, sign("msg_1", body))).isEqualTo(200);
		assertThat(post("msg_1", body, sign("msg_1", body))).isEqualTo(200);
		assertThat(post("msg_2", body, "v1," + Base64.getEncoder().encodeToString(new byte[32]))).isEqualTo(401);

		JsonNode page = this.json.readTree(get("/webhooks"));
		assertThat(page.path("received").asInt()).isEqualTo(3);
		assertThat(page.path("verified").asInt()).isEqualTo(2);
		assertThat(page.path("duplicates").asInt()).isEqualTo(1);
		JsonNode newest = page.path("webhooks").get(0);
		assertThat(newest.path("webhookId").asString()).isEqualTo("msg_2");
		assertThat(newest.path("verified").asBoolean()).isFalse();
		assertThat(page.path("webhooks").get(2).path("payload").path("type").asString())
			.isEqualTo("transfer.confirmed");
		assertThat(this.inbox.received()).extracting(ReceivedWebhook::type)
			.containsExactly("transfer.confirmed", "transfer.confirmed", "transfer.confirmed");
	}

	@Test
	void listsNoMailBeforeAnyArrives() throws Exception {
		JsonNode page = this.json.readTree(get("/mails"));
		assertThat(page.path("received").asInt()).isZero();
		assertThat(page.path("mails")).isEmpty();
	}

	private String sign(String id, String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return "v1," + Base64.getEncoder()
			.encodeToString(WebhookVerifier.sign(SECRET, id, timestamp, body.getBytes(StandardCharsets.UTF_8)));
	}

	private int post(String id, String body, String signature) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.inbox.webhookUri())
			.header("webhook-id", id)
			.header("webhook-timestamp", Long.toString(Instant.now().getEpochSecond()))
			.header("webhook-signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String get(String path) throws IOException, InterruptedException {
		URI uri = this.inbox.baseUri().resolve(path);
		return this.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
