package io.chainsignal.notification.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.KafkaProgress;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;
import io.chainsignal.notification.support.WebhookReceiver.Received;
import io.chainsignal.testsupport.TestServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Effectively once and the lifecycle: replaying the topics adds no delivery, a reorg
 * retracts what was delivered, alerts are withdrawn, malformed records are dead-lettered.
 */
class ReplayAndReorgIT extends NotificationIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	ApplicationContext context;

	@Test
	void replayingTheTopicsFromTheStartDeliversNothingTwice() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1,
				"{\"addresses\": [\"" + watched + "\"], \"event_types\": [\"transfer.confirmed\", \"risk.alert\"]}"));
		TokenTransfer transfer = Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000);
		Events.publish(transfer);
		Events.publish(MatchingIT.alert(watched, null, 80));
		// the same event published again, as a listener restarted mid-transaction could
		Events.publish(transfer);
		List<Received> first = endpoint.await(2, WAIT);
		KafkaProgress.awaitConsumed(WAIT);
		OffsetDateTime rewound = this.jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();

		this.listeners.stop();
		KafkaProgress.rewind();
		this.listeners.start();
		KafkaProgress.awaitConsumed(Duration.ofSeconds(60));

		// the replay covers every earlier test's events too: one may now match a
		// subscription that another test created or changed after it was first read
		// (a first delivery, which is right), but none may reach a subscription that
		// already had a row for the same event, type and placement
		assertThat(this.jdbc.sql("""
				select count(*) from delivery n
				where n.created_at > ? and exists (
				    select 1 from delivery o
				    where o.created_at <= ? and o.id <> n.id and o.subscription_id = n.subscription_id
				        and o.event_type = n.event_type and o.event_id is not distinct from n.event_id
				        and o.block_hash is not distinct from n.block_hash)""")
			.params(rewound, rewound)
			.query(Long.class)
			.single()).isZero();
		assertThat(outboxEvents(created.path("id").asString())).hasSize(2);
		// anything enqueued would be due at once; a test delivery queued now arrives
		// after it
		this.acme.post("/api/v1/subscriptions/" + created.path("id").asString() + "/test", null);
		List<Received> all = endpoint.await(3, WAIT);
		assertThat(all).extracting(Received::webhookId)
			.containsExactly(first.get(0).webhookId(), first.get(1).webhookId(), all.get(2).webhookId())
			.doesNotHaveDuplicates();
		assertThat(all.get(2).body()).contains("\"type\":\"subscription.test\"");
	}

	@Test
	void aReorgRetractsWhatWasDeliveredAndOnlyThat() {
		Endpoint endpoint = this.receiver.endpoint();
		Endpoint confirmedOnly = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode both = createSubscription(this.acme, webhook(endpoint.url(), 1, "{\"addresses\": [\"" + watched
				+ "\"], \"event_types\": [\"transfer.unconfirmed\", \"transfer.confirmed\"]}"));
		JsonNode onlyConfirmed = createSubscription(this.acme,
				webhook(confirmedOnly.url(), 1, "{\"addresses\": [\"" + watched + "\"]}"));
		Instant at = Instant.parse("2024-06-10T06:13:25Z");
		TokenTransfer inA = Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000)
			.withStatus(TransferStatus.UNCONFIRMED, at);
		String hashB = Events.hash();
		TokenTransfer inB = new TokenTransfer(1, inA.eventId(), TransferStatus.UNCONFIRMED, 1, inA.blockNumber(), hashB,
				inA.blockTimestamp(), inA.transactionHash(), inA.transactionIndex(), inA.logIndex(), 0,
				inA.tokenAddress(), inA.tokenStandard(), inA.fromAddress(), inA.toAddress(), null, inA.value(), null,
				inA.token(), null, null, at);

		Events.publish(inA);
		// delivered before the reorg (one still waiting would be withdrawn instead, see
		// below)
		endpoint.await(1, WAIT);
		Events.publish(inA.withStatus(TransferStatus.REMOVED, at.plusSeconds(12)));
		Events.publish(inB);
		Events.publish(inA.withStatus(TransferStatus.REMOVED, at.plusSeconds(13)));
		Events.publish(inB.withStatus(TransferStatus.CONFIRMED, at.plusSeconds(30)));
		Events.publish(inB.withStatus(TransferStatus.CONFIRMED, at.plusSeconds(30)));

		List<Received> received = endpoint.await(4, WAIT);
		KafkaProgress.awaitConsumed(WAIT);
		// one poll may hold several of these events, and the outbox rows of one
		// transaction
		// have no order (nor do deliveries: docs/notifications.md, receivers use
		// data.status
		// and data.block_hash), so which placement each row is for is checked below
		assertThat(outboxEvents(both.path("id").asString())).containsExactlyInAnyOrder(
				"transfer.unconfirmed " + inA.eventId(), "transfer.removed " + inA.eventId(),
				"transfer.unconfirmed " + inA.eventId(), "transfer.confirmed " + inA.eventId());
		List<String> typeAndHash = new ArrayList<>();
		for (Received r : received) {
			JsonNode body = JSON.readTree(r.body());
			typeAndHash.add(body.path("type").asString() + "@" + body.path("data").path("block_hash").asString());
		}
		assertThat(typeAndHash).containsExactlyInAnyOrder("transfer.unconfirmed@" + inA.blockHash(),
				"transfer.removed@" + inA.blockHash(), "transfer.unconfirmed@" + hashB, "transfer.confirmed@" + hashB);
		// never given the unconfirmed placement, so never told it was removed
		assertThat(outboxEvents(onlyConfirmed.path("id").asString()))
			.containsExactly("transfer.confirmed " + inA.eventId());
	}

	@Test
	void aPlacementRetractedBeforeItWasSentIsWithdrawnAndNotRetracted() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1,
				"{\"addresses\": [\"" + watched + "\"], \"event_types\": [\"transfer.unconfirmed\"]}"));
		String id = created.path("id").asString();
		Instant at = Instant.parse("2024-06-10T06:13:25Z");
		TokenTransfer unconfirmed = Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000)
			.withStatus(TransferStatus.UNCONFIRMED, at);
		SmartLifecycle dispatcher = this.context.getBean("dispatcher", SmartLifecycle.class);
		dispatcher.stop();
		try {
			Events.publish(unconfirmed);
			Events.publish(unconfirmed.withStatus(TransferStatus.REMOVED, at.plusSeconds(12)));
			KafkaProgress.awaitConsumed(WAIT);
		}
		finally {
			dispatcher.start();
		}
		assertThat(outboxEvents(id)).containsExactly("transfer.unconfirmed " + unconfirmed.eventId());
		assertThat(deliveryStatus(UUID.fromString(id))).isEqualTo("cancelled");
		// a test delivery queued after would arrive after anything still due
		this.acme.post("/api/v1/subscriptions/" + id + "/test", null);
		assertThat(endpoint.await(1, WAIT)).singleElement()
			.satisfies((r) -> assertThat(r.body()).contains("subscription.test"));
	}

	@Test
	void aRetractedAlertIsWithdrawnFromItsRecipients() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), 1,
				"{\"addresses\": [\"" + watched + "\"], \"event_types\": [\"risk.alert\"]}"));
		RiskAlert raised = MatchingIT.alert(watched, null, 75);
		Events.publish(raised);
		Events.publish(raised.withStatus(AlertStatus.RETRACTED, Instant.parse("2024-06-10T06:13:38Z")));

		List<Received> received = endpoint.await(2, WAIT);
		assertThat(received).extracting((r) -> JSON.readTree(r.body()).path("data").path("status").asString())
			.containsExactlyInAnyOrder("RAISED", "RETRACTED");
		assertThat(received).extracting((r) -> JSON.readTree(r.body()).path("data").path("alert_id").asString())
			.containsOnly(raised.alertId());
		assertThat(outboxEvents(created.path("id").asString())).hasSize(2);
	}

	@Test
	void malformedRecordsGoToTheDeadLetterTopicWithTheReason() throws Exception {
		String key = "1:" + Events.hash();
		byte[] value = "{\"schema_version\": 1, \"status\": \"CONFIRMED\"}".getBytes(StandardCharsets.UTF_8);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TOKEN_TRANSFERS, key, value);
		record.headers().add("trace", "abc".getBytes(StandardCharsets.UTF_8));
		Events.send(record);
		String alertKey = "1:" + Events.address();
		Events.send(new ProducerRecord<>(Topics.FRAUD_ALERTS, alertKey, "not json".getBytes(StandardCharsets.UTF_8)));

		ConsumerRecord<String, byte[]> dead = readDeadLetter(Topics.TOKEN_TRANSFERS_NOTIFICATION_DLT, key);
		assertThat(dead.value()).isEqualTo(value);
		assertThat(header(dead, "trace")).isEqualTo("abc");
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.TOKEN_TRANSFERS);
		assertThat(header(dead, "kafka_dlt-original-consumer-group")).isEqualTo(Topics.NOTIFICATION_GROUP);
		assertThat(header(dead, "chainsignal-dlt-reason")).startsWith("Invalid TokenTransfer: ");
		ConsumerRecord<String, byte[]> deadAlert = readDeadLetter(Topics.FRAUD_ALERTS_NOTIFICATION_DLT, alertKey);
		assertThat(header(deadAlert, "chainsignal-dlt-reason")).startsWith("Invalid RiskAlert: malformed JSON");

		// the partitions move on
		KafkaProgress.awaitConsumed(WAIT);
	}

	private static ConsumerRecord<String, byte[]> readDeadLetter(String topic, String key) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (key.equals(record.key())) {
						return record;
					}
				}
			}
			throw new AssertionError("No dead letter with key " + key + " on " + topic);
		}
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
