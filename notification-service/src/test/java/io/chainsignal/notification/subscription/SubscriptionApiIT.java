package io.chainsignal.notification.subscription;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.notification.support.Api;
import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.KafkaProgress;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;
import io.chainsignal.notification.support.WebhookReceiver.Received;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The REST API v1: authentication, tenant isolation, problem details, the lifecycle
 * operations and the OpenAPI description.
 */
class SubscriptionApiIT extends NotificationIntegrationTest {

	@Test
	void everyManagementCallNeedsAKnownApiKey() throws Exception {
		for (Api api : List.of(new Api(this.port, null), new Api(this.port, "wrong-key"),
				new Api(this.port, ACME_KEY_SHA256))) {
			Api.Response response = api.get("/api/v1/subscriptions");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
			assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
			assertThat(response.json().path("status").asInt()).isEqualTo(401);
		}
		assertThat(this.acme.get("/api/v1/subscriptions").status()).isEqualTo(200);
		for (String sneaky : List.of("/api/v1/email/../subscriptions", "/api/v1/email/%2e%2e/subscriptions",
				"/api/v1/email/..;/subscriptions", "/api/v1//subscriptions", "/api/v1/Subscriptions")) {
			java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + this.port + sneaky))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(sneaky).isNotEqualTo(200);
			assertThat(response.body()).as(sneaky).doesNotContain("\"id\"");
		}
		assertThat(new Api(this.port, null).get("/actuator/health").text()).contains("\"status\":\"UP\"");
	}

	@Test
	void aTenantNeverSeesAnotherTenantsSubscriptionsOrDeliveries() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));
		String id = created.path("id").asString();
		Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
		endpoint.await(1, WAIT);
		String delivery = await().atMost(WAIT)
			.until(() -> this.acme.get("/api/v1/subscriptions/" + id + "/deliveries").json(), (d) -> d.size() == 1)
			.get(0)
			.path("id")
			.asString();

		String path = "/api/v1/subscriptions/" + id;
		assertThat(this.globex.get(path).status()).isEqualTo(404);
		assertThat(this.globex.get(path).headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(this.globex.patch(path, "{\"status\": \"paused\"}").status()).isEqualTo(404);
		assertThat(this.globex.post(path + "/rotate-secret", null).status()).isEqualTo(404);
		assertThat(this.globex.post(path + "/test", null).status()).isEqualTo(404);
		assertThat(this.globex.get(path + "/deliveries").status()).isEqualTo(404);
		assertThat(this.globex.post("/api/v1/deliveries/" + delivery + "/redeliver", null).status()).isEqualTo(404);
		assertThat(this.globex.delete(path).status()).isEqualTo(404);
		assertThat(this.globex.get("/api/v1/subscriptions").json().findValuesAsString("id")).doesNotContain(id);

		assertThat(this.acme.get(path).json().path("status").asString()).isEqualTo("active");
		assertThat(this.acme.get("/api/v1/subscriptions").json().findValuesAsString("id")).contains(id);
	}

	@Test
	void listsArePagedWithStableCursorsInLinkHeaders() {
		Endpoint endpoint = this.receiver.endpoint();
		for (int i = 0; i < 5; i++) {
			createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(Events.address())));
		}
		List<String> all = this.acme.get("/api/v1/subscriptions?limit=1000").json().findValuesAsString("id");
		assertThat(all).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();

		List<String> paged = new java.util.ArrayList<>();
		String next = "/api/v1/subscriptions?limit=2";
		String createdWhilePaging = null;
		while (next != null) {
			Api.Response page = this.acme.get(next);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.json().size()).isBetween(1, 2);
			paged.addAll(page.json().findValuesAsString("id"));
			next = nextLink(page);
			if (createdWhilePaging == null) {
				// a row added while a client pages shows up once, on a later page
				createdWhilePaging = createSubscription(this.acme,
						webhook(endpoint.url(), 1, addresses(Events.address())))
					.path("id")
					.asString();
			}
		}
		List<String> expected = new java.util.ArrayList<>(all);
		expected.add(createdWhilePaging);
		assertThat(paged).containsExactlyElementsOf(expected);

		String id = all.get(all.size() - 1);
		for (int i = 0; i < 5; i++) {
			assertThat(this.acme.post("/api/v1/subscriptions/" + id + "/test", null).status()).isEqualTo(202);
		}
		List<String> deliveries = this.acme.get("/api/v1/subscriptions/" + id + "/deliveries?limit=1000")
			.json()
			.findValuesAsString("id");
		assertThat(deliveries).hasSize(5);
		List<String> pagedDeliveries = new java.util.ArrayList<>();
		next = "/api/v1/subscriptions/" + id + "/deliveries?limit=2";
		while (next != null) {
			Api.Response page = this.acme.get(next);
			pagedDeliveries.addAll(page.json().findValuesAsString("id"));
			next = nextLink(page);
		}
		assertThat(pagedDeliveries).containsExactlyElementsOf(deliveries);

		Api.Response bad = this.acme.get("/api/v1/subscriptions?cursor=not-a-cursor");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("cursor");
	}

	private static String nextLink(Api.Response page) {
		String link = page.headers().getFirst("Link");
		if (link == null) {
			return null;
		}
		assertThat(link).endsWith(">; rel=\"next\"");
		return link.substring(1, link.indexOf('>'));
	}

	@Test
	void validationErrorsAreProblemDetailsNamingEveryField() {
		Api.Response response = this.acme.post("/api/v1/subscriptions", """
				{"name": "", "channel": "sms", "target": "https://example.org/hook",
				 "filter": {"addresses": ["0x123"], "direction": "up", "min_value": "-5", "min_risk_score": 101,
				            "event_types": ["transfer.final"]}}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.json().path("title").asString()).isEqualTo("Bad Request");
		assertThat(response.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
				"chain_id", "channel", "filter.addresses[0]", "filter.direction", "filter.min_value",
				"filter.min_risk_score", "filter.event_types[0]");

		Api.Response crossField = this.acme.post("/api/v1/subscriptions", """
				{"name": "n", "chain_id": 1, "channel": "webhook", "target": "https://93.184.216.34/hook",
				 "digest": "daily", "filter": {"addresses": ["0x2bd806c97f0e00af1a1fc3328fa763a9269723c8"]}}""");
		assertThat(crossField.status()).isEqualTo(400);
		assertThat(crossField.json().path("errors").get(0).path("field").asString()).isEqualTo("digest");

		Api.Response nothingWatched = this.acme.post("/api/v1/subscriptions", """
				{"name": "n", "chain_id": 1, "channel": "webhook", "target": "https://93.184.216.34/hook",
				 "filter": {}}""");
		assertThat(nothingWatched.status()).isEqualTo(400);
		assertThat(nothingWatched.json().path("errors").get(0).path("field").asString()).isEqualTo("filter.addresses");

		Api.Response notJson = this.acme.post("/api/v1/subscriptions", "{");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.headers().getContentType().toString()).startsWith("application/problem+json");

		assertThat(this.acme.get("/api/v1/subscriptions/not-a-uuid").status()).isEqualTo(400);
	}

	@Test
	void pauseResumeDeleteTestAndRedeliver() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));
		String path = "/api/v1/subscriptions/" + created.path("id").asString();

		Api.Response paused = this.acme.patch(path, "{\"status\": \"paused\", \"name\": \"renamed\"}");
		assertThat(paused.status()).isEqualTo(200);
		assertThat(paused.json().path("status").asString()).isEqualTo("paused");
		assertThat(paused.json().path("name").asString()).isEqualTo("renamed");
		assertThat(paused.json().path("secret").isMissingNode()).isTrue();
		Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
		KafkaProgress.awaitConsumed(WAIT);
		assertThat(outboxEvents(created.path("id").asString())).isEmpty();

		assertThat(this.acme.patch(path, "{\"status\": \"active\"}").json().path("status").asString())
			.isEqualTo("active");
		Api.Response test = this.acme.post(path + "/test", null);
		assertThat(test.status()).isEqualTo(202);
		assertThat(test.json().path("event_type").asString()).isEqualTo("subscription.test");
		Received received = endpoint.await(1, WAIT).get(0);
		assertThat(received.signedBy(created.path("secret").asString())).isTrue();
		String delivery = test.json().path("id").asString();
		await().atMost(WAIT)
			.until(() -> this.acme.get(path + "/deliveries").json().get(0).path("status").asString(),
					"succeeded"::equals);

		Api.Response redelivered = this.acme.post("/api/v1/deliveries/" + delivery + "/redeliver", null);
		assertThat(redelivered.status()).isEqualTo(202);
		assertThat(endpoint.await(2, WAIT).get(1).webhookId()).isEqualTo(received.webhookId());

		assertThat(this.acme.delete(path).status()).isEqualTo(204);
		assertThat(this.acme.get(path).status()).isEqualTo(404);
		Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
		KafkaProgress.awaitConsumed(WAIT);
		assertThat(outboxEvents(created.path("id").asString())).hasSize(1);
	}

	@Test
	void everyFilterFieldIsStoredAndShownUnderItsWireName() {
		String request = """
				{"name": "all fields", "chain_id": 137, "channel": "webhook", "target": "%s",
				 "filter": {"addresses": ["0x2BD806C97F0E00AF1A1FC3328FA763A9269723C8"], "direction": "out",
				            "tokens": ["0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"], "token_standards": ["ERC20", "ERC1155"],
				            "min_value": "1000000", "event_types": ["transfer.unconfirmed", "risk.alert"],
				            "min_risk_score": 70, "suppress_suspicious": false}}"""
			.formatted(this.receiver.endpoint().url());
		String id = createSubscription(this.acme, request).path("id").asString();
		JsonNode shown = this.acme.get("/api/v1/subscriptions/" + id).json();
		assertThat(shown.path("chain_id").asLong()).isEqualTo(137);
		assertThat(shown.path("channel").asString()).isEqualTo("webhook");
		assertThat(shown.path("digest").asString()).isEqualTo("none");
		JsonNode filter = shown.path("filter");
		assertThat(filter.path("addresses").get(0).asString()).isEqualTo("0x2bd806c97f0e00af1a1fc3328fa763a9269723c8");
		assertThat(filter.path("direction").asString()).isEqualTo("out");
		assertThat(filter.path("tokens").get(0).asString()).isEqualTo("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
		assertThat(filter.path("token_standards").toString()).isEqualTo("[\"ERC20\",\"ERC1155\"]");
		assertThat(filter.path("min_value").asString()).isEqualTo("1000000");
		assertThat(filter.path("event_types").toString()).isEqualTo("[\"transfer.unconfirmed\",\"risk.alert\"]");
		assertThat(filter.path("min_risk_score").asInt()).isEqualTo(70);
		assertThat(filter.path("suppress_suspicious").asBoolean()).isFalse();
		assertThat(shown.path("created_at").asString()).isNotEmpty();
	}

	@Test
	void theApiIsDescribedWithOpenApi() {
		Api.Response docs = new Api(this.port, null).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		assertThat(paths.has("/api/v1/subscriptions")).isTrue();
		assertThat(paths.has("/api/v1/subscriptions/{id}/rotate-secret")).isTrue();
		assertThat(paths.has("/api/v1/deliveries/{id}/redeliver")).isTrue();
		assertThat(docs.text()).contains("chain_id").contains("bearer");
	}

	@Test
	void anUnknownMethodOrPathIsAProblemToo() {
		assertThat(this.acme.call(HttpMethod.PUT, "/api/v1/subscriptions", "{}").status()).isEqualTo(405);
	}

	static String addresses(String address) {
		return "{\"addresses\": [\"" + address + "\"]}";
	}

}
