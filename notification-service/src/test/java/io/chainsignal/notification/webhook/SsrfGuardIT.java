package io.chainsignal.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.notification.support.Api;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;
import io.chainsignal.testsupport.TestServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SSRF guard as production runs it ({@code allow-private-targets=false}), in its own
 * context without Kafka listeners. Name resolution goes through a hosts table whose
 * entries are resolved with {@link InetAddress} (there is no DNS here); "rebind.test"
 * answers a public address when the subscription is created and the local receiver's
 * loopback address afterwards, as a rebinding DNS would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chainsignal.security.api-keys.acme=" + NotificationIntegrationTest.ACME_KEY_SHA256,
				"chainsignal.notification.webhook.allow-private-targets=false",
				"chainsignal.notification.delivery.retry-schedule=0s,200ms",
				"chainsignal.notification.delivery.poll-interval=50ms", "spring.kafka.listener.auto-startup=false" })
@DirtiesContext // closed after this class, so it does not run beside the shared context
class SsrfGuardIT {

	static final Map<String, String> HOSTS = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api acme;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.registerKafka(registry);
		TestServers.registerDatabase(registry, "notification_ssrf");
		TestServers.registerMail(registry);
	}

	@BeforeEach
	void client() {
		this.acme = new Api(this.port, NotificationIntegrationTest.ACME_KEY);
		HOSTS.put("internal.test", "10.0.0.7");
		HOSTS.put("metadata.test", "169.254.169.254");
		HOSTS.put("public.test", "93.184.216.34");
	}

	@Test
	void refusesPrivateTargetsAtCreation() {
		int receiverPort = WebhookReceiver.shared().port();
		Map<String, String> refused = Map.of("http://127.0.0.1:" + receiverPort + "/hooks/x", "loopback",
				"http://localhost:" + receiverPort + "/hooks/x", "loopback", "http://169.254.169.254/latest/meta-data",
				"cloud metadata", "http://metadata.test/", "cloud metadata", "https://internal.test/hook", "private",
				"http://[fd00::1]/hook", "unique-local", "ftp://public.test/hook", "http or https");
		refused.forEach((url, why) -> {
			Api.Response response = this.acme.post("/api/v1/subscriptions", subscription(url));
			assertThat(response.status()).as(url).isEqualTo(400);
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("target");
			assertThat(response.json().path("detail").asString()).as(url).contains(why);
		});
		assertThat(this.acme.post("/api/v1/subscriptions", subscription("https://public.test/hook")).status())
			.isEqualTo(201);
	}

	@Test
	void refusesAtDeliveryANameThatNowResolvesToAPrivateAddress() {
		Endpoint endpoint = WebhookReceiver.shared().endpoint();
		HOSTS.put("rebind.test", "93.184.216.34");
		String url = "http://rebind.test:" + WebhookReceiver.shared().port() + endpoint.path();
		Api.Response created = this.acme.post("/api/v1/subscriptions", subscription(url));
		assertThat(created.status()).isEqualTo(201);

		HOSTS.put("rebind.test", "127.0.0.1");
		String id = created.json().path("id").asString();
		assertThat(this.acme.post("/api/v1/subscriptions/" + id + "/test", null).status()).isEqualTo(202);

		JsonNode delivery = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.acme.get("/api/v1/subscriptions/" + id + "/deliveries").json().get(0),
					(d) -> d.path("status").asString().equals("failed"));
		assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
		assertThat(delivery.path("last_error").asString())
			.isEqualTo("refused by the SSRF guard: host rebind.test resolves to 127.0.0.1, a loopback address");
		assertThat(endpoint.received()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from delivery where subscription_id = ?")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).isOne();
	}

	private static String subscription(String url) {
		return """
				{"name": "ssrf", "chain_id": 1, "channel": "webhook", "target": "%s",
				 "filter": {"addresses": ["0x2bd806c97f0e00af1a1fc3328fa763a9269723c8"]}}""".formatted(url);
	}

	@TestConfiguration
	static class HostsFile {

		@Bean
		@Primary
		HostResolver hostsFile() {
			return (host) -> {
				String literal = HOSTS.get(host);
				if (literal != null) {
					return InetAddress.getAllByName(literal);
				}
				if (host.equals("localhost") || Character.isDigit(host.charAt(0)) || host.contains(":")) {
					return InetAddress.getAllByName(host);
				}
				throw new UnknownHostException(host);
			};
		}

	}

}
