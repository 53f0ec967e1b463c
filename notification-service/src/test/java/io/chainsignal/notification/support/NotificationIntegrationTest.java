package io.chainsignal.notification.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.testsupport.TestServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context the integration tests share (same configuration everywhere, so
 * Spring caches it): the service on a random port against the per-JVM Kafka, PostgreSQL
 * and GreenMail, with retries scaled down to milliseconds and private targets allowed for
 * the local receiver. Tests isolate themselves with random addresses and their own
 * endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"chainsignal.security.api-keys.acme=" + NotificationIntegrationTest.ACME_KEY_SHA256,
		"chainsignal.security.api-keys.globex=" + NotificationIntegrationTest.GLOBEX_KEY_SHA256,
		"chainsignal.notification.webhook.allow-private-targets=true", "chainsignal.notification.webhook.timeout=1s",
		"chainsignal.notification.delivery.retry-schedule=0s,300ms,300ms,300ms",
		"chainsignal.notification.delivery.lease=3s", "chainsignal.notification.delivery.poll-interval=50ms",
		"chainsignal.notification.matching.reload-interval=500ms",
		"chainsignal.notification.email.digest-check-interval=200ms", "chainsignal.notification.email.hourly=2s",
		"chainsignal.notification.email.owners.acme=" + NotificationIntegrationTest.ACME_OWNER,
		"chainsignal.notification.webhook.secret-encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=" })
public abstract class NotificationIntegrationTest {

	public static final String ACME_KEY = "acme-key";

	public static final String ACME_KEY_SHA256 = "afacab3575137afa4e00d9cbcafcb14c9ae25f779d964eb0ea5b2c4eb5dfd163";

	public static final String GLOBEX_KEY = "globex-key";

	public static final String GLOBEX_KEY_SHA256 = "f2a455b59b858a04c51108416af2042203cb6ac35fa4141fba4148bc856e78d4";

	public static final String ACME_OWNER = "owner@acme.example";

	protected static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected Api acme;

	protected Api globex;

	protected final WebhookReceiver receiver = WebhookReceiver.shared();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		createTopics();
		TestServers.registerKafka(registry);
		TestServers.registerDatabase(registry, "notification");
		TestServers.registerMail(registry);
	}

	@BeforeEach
	void clients() {
		this.acme = new Api(this.port, ACME_KEY);
		this.globex = new Api(this.port, GLOBEX_KEY);
	}

	/**
	 * Creates a webhook subscription for acme and checks it was accepted.
	 * @param json the request body
	 * @return the answer's JSON, with the secret
	 */
	protected JsonNode createSubscription(Api api, String json) {
		Api.Response response = api.post("/api/v1/subscriptions", json);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	protected static String webhook(String url, long chainId, String filter) {
		return """
				{"name": "test", "chain_id": %d, "channel": "webhook", "target": "%s", "filter": %s}"""
			.formatted(chainId, url, filter);
	}

	protected String deliveryStatus(UUID subscriptionId) {
		return this.jdbc
			.sql("select string_agg(status, ',' order by created_at) from delivery where subscription_id = ?")
			.param(subscriptionId)
			.query(String.class)
			.single();
	}

	/** The event ids recorded in the outbox for a subscription, oldest first. */
	protected java.util.List<String> outboxEvents(String subscriptionId) {
		return this.jdbc
			.sql("select event_type || ' ' || event_id from delivery where subscription_id = ? order by created_at, id")
			.param(UUID.fromString(subscriptionId))
			.query(String.class)
			.list();
	}

	private static void createTopics() {
		try (Admin admin = Admin.create(
				java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
			for (NewTopic topic : List.of(new NewTopic(Topics.TOKEN_TRANSFERS, 3, (short) 1),
					new NewTopic(Topics.FRAUD_ALERTS, 1, (short) 1))) {
				try {
					admin.createTopics(List.of(topic)).all().get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
