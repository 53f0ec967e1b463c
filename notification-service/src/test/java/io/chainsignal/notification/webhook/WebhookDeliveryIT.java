package io.chainsignal.notification.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.notification.support.Api;
import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;
import io.chainsignal.notification.support.WebhookReceiver.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook delivery end to end: a transfer published to Kafka reaches a real HTTP
 * receiver, signed per Standard Webhooks, and failures are retried as the receiver asks.
 */
class WebhookDeliveryIT extends NotificationIntegrationTest {

	@Test
	void deliversASignedTransferToTheWatchingSubscription() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme,
				webhook(endpoint.url(), 1, "{\"addresses\": [\"" + watched.toUpperCase().replace("0X", "0x") + "\"]}"));
		String secret = created.path("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(this.jdbc.sql("select secret from subscription where id = ?::uuid")
			.param(created.path("id").asString())
			.query(String.class)
			.single()).as("encrypted at rest").startsWith("v1:").doesNotContain(secret.substring(6));

		TokenTransfer transfer = Events.erc20(1, Events.address(), Events.address(), watched, 2_500_000);
		Events.publish(transfer);

		Received received = endpoint.await(1, WAIT).get(0);
		assertThat(received.signedBy(secret)).isTrue();
		assertThat(received.signedBy(io.chainsignal.notification.webhook.WebhookSecrets.generate())).isFalse();
		assertThat(received.webhookId()).matches("msg_[0-9a-f]{32}");
		JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(received.body());
		assertThat(body.path("type").asString()).isEqualTo("transfer.confirmed");
		assertThat(body.path("timestamp").asString()).isEqualTo("2024-06-10T06:13:25Z");
		JsonNode data = body.path("data");
		assertThat(data.path("event_id").asString()).isEqualTo(transfer.eventId());
		assertThat(data.path("value").asString()).isEqualTo("2500000");
		assertThat(data.path("decimals").asInt()).isEqualTo(6);
		assertThat(data.path("amount").asString()).isEqualTo("2.500000");
		assertThat(data.path("direction").asString()).isEqualTo("in");
		assertThat(data.path("watched_address").asString()).isEqualTo(watched);
		assertThat(data.path("token").path("symbol").asString()).isEqualTo("USDC");
		assertThat(data.path("subscription_id").asString()).isEqualTo(created.path("id").asString());

		String id = created.path("id").asString();
		await().atMost(WAIT).untilAsserted(() -> {
			JsonNode deliveries = this.acme.get("/api/v1/subscriptions/" + id + "/deliveries").json();
			assertThat(deliveries.size()).isEqualTo(1);
			assertThat(deliveries.get(0).path("status").asString()).isEqualTo("succeeded");
			assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(1);
			assertThat(deliveries.get(0).path("last_status_code").asInt()).isEqualTo(204);
			assertThat(deliveries.get(0).path("webhook_id").asString()).isEqualTo(received.webhookId());
		});
		assertThat(new Api(this.port, null).get("/actuator/prometheus").text())
			.contains("chainsignal_notification_attempts_total{channel=\"webhook\",outcome=\"delivered\"");
	}

	/**
	 * Not on virtual threads: in the executable jar, concurrent class loading froze them
	 * all for good (docs/deploy.md, "Threads"). {@link Thread#getAllStackTraces()} lists
	 * platform threads only.
	 */
	@Test
	void consumesAndSendsOnPlatformThreads() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));
		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 1_000_000));
		endpoint.await(1, WAIT);

		List<String> platform = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
		assertThat(platform).as("the transfers' Kafka consumers")
			.anyMatch((name) -> name.matches("notification-transfers-\\d+-C-\\d+"));
		assertThat(platform).as("the webhook senders").anyMatch((name) -> name.matches("delivery-\\d+"));
	}

	@Test
	void retriesAfterA500AndSucceedsWithTheSameWebhookId() {
		Endpoint endpoint = this.receiver.endpoint().then(500);
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		List<Received> received = endpoint.await(2, WAIT);
		assertThat(received).extracting(Received::answeredWith).containsExactly(500, 204);
		assertThat(received.get(1).webhookId()).isEqualTo(received.get(0).webhookId());
		assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
		assertThat(received).allMatch((r) -> r.signedBy(created.path("secret").asString()));
		awaitDelivery(created, "succeeded", 2, 204);
	}

	@Test
	void honoursRetryAfterOn429() {
		Endpoint endpoint = this.receiver.endpoint().then(429, Map.of("Retry-After", "2"), Duration.ZERO);
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		List<Received> received = endpoint.await(2, WAIT);
		// the schedule says 300 ms; the receiver asked for 2 s
		assertThat(Duration.between(received.get(0).at(), received.get(1).at())).isGreaterThan(Duration.ofMillis(1900));
		awaitDelivery(created, "succeeded", 2, 204);
	}

	@Test
	void aTimeoutIsAFailedAttemptThatIsRetried() {
		Endpoint endpoint = this.receiver.endpoint().then(200, Map.of(), Duration.ofSeconds(3));
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		List<Received> received = endpoint.await(2, WAIT);
		// the first attempt was given up after the 1 s timeout (a wait for its 200 would
		// have made it a success)
		assertThat(Duration.between(received.get(0).at(), received.get(1).at())).isGreaterThan(Duration.ofMillis(900));
		awaitDelivery(created, "succeeded", 2, 204);
	}

	@Test
	void redirectsAreFailuresAndAreNotFollowed() {
		Endpoint elsewhere = this.receiver.endpoint();
		Endpoint endpoint = this.receiver.endpoint()
			.then(307, Map.of("Location", elsewhere.url()), Duration.ZERO)
			.then(500)
			.then(500)
			.then(500);
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		// the schedule has four attempts; then the delivery has failed for good
		assertThat(endpoint.await(4, WAIT)).extracting(Received::answeredWith).containsExactly(307, 500, 500, 500);
		awaitDelivery(created, "failed", 4, 500);
		assertThat(elsewhere.received()).isEmpty();
	}

	@Test
	void a410DisablesTheSubscription() {
		Endpoint endpoint = this.receiver.endpoint().then(410);
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		endpoint.await(1, WAIT);
		awaitDelivery(created, "failed", 1, 410);
		Api.Response subscription = this.acme.get("/api/v1/subscriptions/" + created.path("id").asString());
		assertThat(subscription.json().path("status").asString()).isEqualTo("disabled");
		assertThat(subscription.json().path("status_reason").asString()).contains("410");
		String id = created.path("id").asString();
		await().atMost(WAIT)
			.until(() -> io.chainsignal.testsupport.TestServers.mail()
				.received()
				.stream()
				.filter((m) -> m.to().contains(ACME_OWNER) && m.subject().contains(id))
				.findFirst(), java.util.Optional::isPresent)
			.ifPresent((mail) -> assertThat(mail.text()).contains("410 Gone").contains(endpoint.url()));

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 8_000_000));
		io.chainsignal.notification.support.KafkaProgress.awaitConsumed(WAIT);
		assertThat(deliveryStatus(UUID.fromString(created.path("id").asString()))).isEqualTo("failed");
	}

	@Test
	void aSubscriptionFailingForDaysIsDisabled() {
		Endpoint endpoint = this.receiver.endpoint().then(500);
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));
		String id = created.path("id").asString();
		// as if every delivery had failed for six days (disable-after is 5 days)
		this.jdbc.sql("update subscription set failing_since = now() - interval '6 days' where id = ?::uuid")
			.param(id)
			.update();

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		endpoint.await(1, WAIT);
		await().atMost(WAIT).untilAsserted(() -> {
			JsonNode subscription = this.acme.get("/api/v1/subscriptions/" + id).json();
			assertThat(subscription.path("status").asString()).isEqualTo("disabled");
			assertThat(subscription.path("status_reason").asString()).startsWith("Every delivery failed since");
		});
		awaitDelivery(created, "cancelled", 1, 500);
	}

	@Test
	void aSlowEndpointHoldsOnlyItsOwnSlots() {
		Endpoint slow = this.receiver.endpoint();
		// 16 answers of 500 ms through 4 slots: four rounds, about 2 s. Half the 1 s
		// timeout, so that a loaded machine does not time a request out while the
		// receiver still holds it (the slot would be free again, and the receiver would
		// count a fifth request in flight: seen once at load 33 with 800 ms answers)
		for (int i = 0; i < 16; i++) {
			slow.then(204, Map.of(), Duration.ofMillis(500));
		}
		Endpoint fast = this.receiver.endpoint();
		String slowWatched = Events.address();
		String fastWatched = Events.address();
		createSubscription(this.acme, webhook(slow.url(), 1, addresses(slowWatched)));
		// limits are per host and port; the receiver serves both on one port, so the fast
		// one is named differently
		createSubscription(this.acme, webhook(fast.url().replace("127.0.0.1", "localhost"), 1, addresses(fastWatched)));
		for (int i = 0; i < 16; i++) {
			Events.publish(Events.erc20(1, Events.address(), Events.address(), slowWatched, 1_000_000 + i));
		}
		slow.await(2, WAIT);
		Events.publish(Events.erc20(1, Events.address(), Events.address(), fastWatched, 5_000_000));

		Received quick = fast.await(1, WAIT).get(0);
		List<Received> all = slow.await(16, WAIT);
		// the fast endpoint was served while the slow one still had requests waiting
		assertThat(quick.at()).isBefore(all.get(15).at());
		assertThat(slow.maxInFlight()).isBetween(2, 4);
	}

	@Test
	void rotatedSecretsBothSignDuringTheOverlap() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1, addresses(watched)));
		String oldSecret = created.path("secret").asString();
		String id = created.path("id").asString();

		Api.Response rotated = this.acme.post("/api/v1/subscriptions/" + id + "/rotate-secret", null);
		assertThat(rotated.status()).isEqualTo(200);
		String newSecret = rotated.json().path("secret").asString();
		assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
		assertThat(rotated.json().path("previous_secret_expires_at").isMissingNode()).isFalse();
		assertThat(this.acme.get("/api/v1/subscriptions/" + id).json().path("secret").isMissingNode()).isTrue();

		Events.publish(Events.erc20(1, Events.address(), watched, Events.address(), 7_000_000));

		Received received = endpoint.await(1, WAIT).get(0);
		assertThat(received.signature().split(" ")).hasSize(2);
		assertThat(received.signedBy(newSecret)).isTrue();
		assertThat(received.signedBy(oldSecret)).isTrue();
	}

	private void awaitDelivery(JsonNode subscription, String status, int attempts, int lastStatusCode) {
		String id = subscription.path("id").asString();
		await().atMost(WAIT).untilAsserted(() -> {
			JsonNode deliveries = this.acme.get("/api/v1/subscriptions/" + id + "/deliveries").json();
			assertThat(deliveries.size()).isEqualTo(1);
			assertThat(deliveries.get(0).path("status").asString()).isEqualTo(status);
			assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(attempts);
			assertThat(deliveries.get(0).path("last_status_code").asInt()).isEqualTo(lastStatusCode);
		});
	}

	static String addresses(String... addresses) {
		return "{\"addresses\": [\"" + String.join("\", \"", addresses) + "\"]}";
	}

}
