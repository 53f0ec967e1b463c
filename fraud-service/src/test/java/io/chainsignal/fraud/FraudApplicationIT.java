package io.chainsignal.fraud;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.kafka.KafkaServer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a dedicated Kafka broker and a fresh PostgreSQL database: a
 * transfer to a listed address becomes an alert on fraud-alerts and in the REST API, a
 * record that cannot be read goes to the dead-letter topic without stopping the stream,
 * and the API rejects bad input, missing keys and non-admin tenants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.kafka.streams.properties.commit.interval.ms=100",
		"chainsignal.fraud.topology.transaction-quiet-period=200ms", "chainsignal.fraud.topology.flush-interval=100ms",
		"chainsignal.security.api-keys.acme=" + FraudApplicationIT.ACME_HASH,
		"chainsignal.security.api-keys.ops=" + FraudApplicationIT.OPS_HASH, "chainsignal.security.admin-tenants=ops" })
class FraudApplicationIT {

	/** SHA-256 of "acme-key". */
	static final String ACME_HASH = "afacab3575137afa4e00d9cbcafcb14c9ae25f779d964eb0ea5b2c4eb5dfd163";

	/** SHA-256 of "ops-key". */
	static final String OPS_HASH = "2c69bc9111c27110a9b9a7974ba3f8ac0c053c16b23a0738115ee829fbc4d57b";

	static final KafkaServer kafka = KafkaServer.start();

	static final String LAZARUS = "0x098b716b8aaf21512996dc57eb0615e2383e2f96";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		kafka.createTopic(Topics.TOKEN_TRANSFERS, 2);
		TestServers.registerKafka(registry, kafka);
		TestServers.registerDatabase(registry, "fraud");
		registry.add("spring.kafka.streams.state-dir",
				() -> Path.of("target", "streams-state", "app-" + System.nanoTime()).toAbsolutePath().toString());
	}

	@AfterAll
	static void stopKafka() {
		kafka.close();
	}

	@Test
	void reportsHealthUp() {
		assertThat(actuator("health")).contains("\"status\":\"UP\"");
	}

	@Test
	void exposesPrometheusMetricsForScraping() {
		assertThat(actuator("prometheus")).contains("jvm_memory_used_bytes").contains("process_cpu_usage");
	}

	private String actuator(String endpoint) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/" + endpoint)
			.retrieve()
			.body(String.class);
	}

	@Test
	void aTransferToAListedAddressBecomesAStoredAlertAndAPoisonRecordIsDeadLettered() throws Exception {
		String alice = "0x1111111111111111111111111111111111111a11";
		TokenTransfer transfer = transfer(alice, LAZARUS, "0x" + "ab".repeat(32));
		try (KafkaProducer<String, byte[]> producer = producer()) {
			producer
				.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, "1:0xpoison", "{\"schema_version\":1}".getBytes()))
				.get();
			producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, transfer.key(), EventJson.write(transfer)))
				.get();
		}
		Map<?, ?> page = await(() -> {
			Map<?, ?> body = api("acme-key").get()
				.uri("/api/v1/alerts?address={a}&min_score=90", alice)
				.retrieve()
				.body(Map.class);
			return ((List<?>) body.get("alerts")).isEmpty() ? null : body;
		});
		Map<?, ?> alert = (Map<?, ?>) ((List<?>) page.get("alerts")).get(0);
		assertThat(alert.get("subject_address")).isEqualTo(alice);
		assertThat(alert.get("counterparty_address")).isEqualTo(LAZARUS);
		assertThat(alert.get("score")).isEqualTo(95);
		assertThat(alert.get("status")).isEqualTo("RAISED");
		assertThat(alert.get("evidence_event_ids")).isEqualTo(List.of(transfer.eventId()));
		Map<?, ?> one = api("acme-key").get()
			.uri("/api/v1/alerts/{id}", alert.get("alert_id"))
			.retrieve()
			.body(Map.class);
		assertThat(one.get("alert_id")).isEqualTo(alert.get("alert_id"));

		List<ConsumerRecord<byte[], byte[]>> dead = readAll(Topics.TOKEN_TRANSFERS_FRAUD_DLT, 1);
		assertThat(new String(dead.get(0).key())).isEqualTo("1:0xpoison");
		assertThat(new String(dead.get(0).value())).isEqualTo("{\"schema_version\":1}");
		assertThat(new String(dead.get(0).headers().lastHeader("kafka_dlt-exception-message").value()))
			.startsWith("Invalid TokenTransfer");
		assertThat(new String(dead.get(0).headers().lastHeader("kafka_dlt-original-consumer-group").value()))
			.isEqualTo("fraud");

		Map<?, ?> feedback = api("acme-key").post()
			.uri("/api/v1/alerts/{id}/feedback", alert.get("alert_id"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("verdict", "FALSE_POSITIVE", "comment", "our own test wallet"))
			.retrieve()
			.body(Map.class);
		assertThat(feedback.get("allowlisted_detectors")).isEqualTo(List.of("sanctioned-counterparty"));
	}

	@Test
	void pagesThroughAlertsWithTheCursor() throws Exception {
		List<String> payers = List.of("0x3333333333333333333333333333333333333c01",
				"0x3333333333333333333333333333333333333c02", "0x3333333333333333333333333333333333333c03");
		try (KafkaProducer<String, byte[]> producer = producer()) {
			for (int i = 0; i < payers.size(); i++) {
				TokenTransfer transfer = transfer(payers.get(i), LAZARUS, "0x" + String.format("%064x", 0xc0 + i));
				producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, transfer.key(), EventJson.write(transfer)))
					.get();
			}
		}
		for (String payer : payers) {
			await(() -> {
				List<?> alerts = (List<?>) api("acme-key").get()
					.uri("/api/v1/alerts?address={a}", payer)
					.retrieve()
					.body(Map.class)
					.get("alerts");
				return alerts.isEmpty() ? null : alerts;
			});
		}
		List<Object> seen = new ArrayList<>();
		String cursor = "";
		for (int page = 0; page < 10 && cursor != null; page++) {
			Map<?, ?> body = api("acme-key").get()
				.uri("/api/v1/alerts?chain_id=1&min_score=95&limit=1&cursor={c}", cursor)
				.retrieve()
				.body(Map.class);
			((List<?>) body.get("alerts")).forEach((alert) -> seen.add(((Map<?, ?>) alert).get("subject_address")));
			cursor = (String) body.get("next_cursor");
		}
		assertThat(seen).doesNotHaveDuplicates().containsAll(payers);
		assertThat(cursor).as("the last page has no next cursor").isNull();
	}

	@Test
	void aReorgRetractsTheStoredAlert() throws Exception {
		String payer = "0x4444444444444444444444444444444444444d01";
		TokenTransfer transfer = transfer(payer, LAZARUS, "0x" + "4d".repeat(32));
		try (KafkaProducer<String, byte[]> producer = producer()) {
			producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, transfer.key(), EventJson.write(transfer)))
				.get();
		}
		Map<?, ?> raised = await(() -> firstAlertAbout(payer, "RAISED"));
		try (KafkaProducer<String, byte[]> producer = producer()) {
			TokenTransfer removed = transfer.withStatus(TransferStatus.REMOVED, Instant.now());
			producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, removed.key(), EventJson.write(removed))).get();
		}
		Map<?, ?> retracted = await(() -> firstAlertAbout(payer, "RETRACTED"));
		assertThat(retracted.get("alert_id")).isEqualTo(raised.get("alert_id"));
		assertThat(retracted.get("raised_at")).isEqualTo(raised.get("raised_at"));
	}

	private Map<?, ?> firstAlertAbout(String address, String status) {
		List<?> alerts = (List<?>) api("acme-key").get()
			.uri("/api/v1/alerts?address={a}", address)
			.retrieve()
			.body(Map.class)
			.get("alerts");
		return alerts.stream()
			.map(Map.class::cast)
			.filter((alert) -> status.equals(alert.get("status")))
			.findFirst()
			.orElse(null);
	}

	@Test
	void rejectsBadInputMissingKeysAndNonAdmins() {
		assertThat(status(api("acme-key").get().uri("/api/v1/alerts?min_score=101"))).isEqualTo(400);
		assertThat(status(api("acme-key").get().uri("/api/v1/alerts?address=0x12"))).isEqualTo(400);
		assertThat(status(api("acme-key").get().uri("/api/v1/alerts?since=yesterday"))).isEqualTo(400);
		assertThat(status(api("acme-key").get().uri("/api/v1/alerts?cursor=bogus"))).isEqualTo(400);
		assertThat(status(api("acme-key").get().uri("/api/v1/alerts/not-an-id"))).isEqualTo(400);
		assertThat(status(api("acme-key").get().uri("/api/v1/alerts/" + "0".repeat(64)))).isEqualTo(404);
		assertThat(status(api("wrong-key").get().uri("/api/v1/alerts"))).isEqualTo(401);
		RestClient anonymous = RestClient.create("http://localhost:" + this.port);
		for (String trick : List.of("/api;x=1/v1/alerts", "/api/v1/./alerts", "/api/v1/alerts;x=1",
				"//api/v1/alerts")) {
			assertThat(rawStatus(anonymous.get().uri(java.net.URI.create("http://localhost:" + this.port + trick))))
				.as(trick)
				.isIn(400, 401, 404);
		}
		assertThat(status(RestClient.create("http://localhost:" + this.port).get().uri("/api/v1/detectors")))
			.isEqualTo(401);
		assertThat(status(
				api("acme-key").put().uri("/api/v1/sanctions-list").contentType(MediaType.TEXT_PLAIN).body(LAZARUS)))
			.isEqualTo(403);
		assertThat(status(api("ops-key").put()
			.uri("/api/v1/sanctions-list")
			.contentType(MediaType.TEXT_PLAIN)
			.body("not an address"))).isEqualTo(400);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAdminReplacesTheSanctionsListAndSeesTheDifference() {
		String added = "0x2222222222222222222222222222222222222b22";
		Map<?, ?> update = api("ops-key").put()
			.uri("/api/v1/sanctions-list")
			.contentType(MediaType.TEXT_PLAIN)
			.body("# test list\n" + LAZARUS + "\n" + added.toUpperCase().replace("0X", "0x") + "\n")
			.retrieve()
			.body(Map.class);
		assertThat(update.get("added")).isEqualTo(List.of(added));
		assertThat((List<Object>) update.get("removed")).hasSize(3)
			.contains("0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b");
		assertThat(update.get("total")).isEqualTo(2);
	}

	@Test
	void publishesTheOpenApiDocumentWithoutAKey() {
		String document = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/v3/api-docs")
			.retrieve()
			.body(String.class);
		assertThat(document).contains("/api/v1/alerts/{id}/feedback", "/api/v1/sanctions-list", "/api/v1/detectors",
				"\"scheme\":\"bearer\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsEveryDetectorWithItsParameters() {
		List<?> detectors = api("acme-key").get().uri("/api/v1/detectors").retrieve().body(List.class);
		assertThat(detectors).hasSize(10);
		Map<?, ?> fanOut = detectors.stream()
			.map(Map.class::cast)
			.filter((d) -> d.get("id").equals("fan-out-burst"))
			.findFirst()
			.orElseThrow();
		assertThat((Map<Object, Object>) fanOut.get("parameters")).containsEntry("min-recipients", "10")
			.containsEntry("window", "PT1H");
	}

	private RestClient api(String key) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization", "Bearer " + key)
			.build();
	}

	private static int status(RestClient.RequestHeadersSpec<?> request) {
		return request.exchange((req, response) -> {
			HttpStatusCode code = response.getStatusCode();
			if (code.isError()) {
				assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
			}
			return code.value();
		});
	}

	private static int rawStatus(RestClient.RequestHeadersSpec<?> request) {
		return request.exchange((req, response) -> response.getStatusCode().value());
	}

	static TokenTransfer transfer(String from, String to, String txHash) {
		long time = Instant.now().getEpochSecond();
		return new TokenTransfer(1, TokenTransfer.eventId(1, txHash, 3, 0), TransferStatus.CONFIRMED, 1, 20_000_000,
				"0x" + "cd".repeat(32), time, txHash, 0, 3, 0, "0xdac17f958d2ee523a2206206994597c13d831ec7",
				TokenStandard.ERC20, from, to, null, BigInteger.valueOf(250_000_000), null,
				new TokenInfo("USDT", "Tether USD", 6), null, null, Instant.now());
	}

	static KafkaProducer<String, byte[]> producer() {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
	}

	static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (records.size() < atLeast && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		assertThat(records).as("records on " + topic).hasSizeGreaterThanOrEqualTo(atLeast);
		return records;
	}

	static <T> T await(Supplier<T> probe) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Nothing arrived within 90 s");
	}

}
