package io.chainsignal.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.TestEvents;
import io.chainsignal.analytics.TestKafka;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.chainsignal.common.transfer.TransferStatus.CONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poison records among good ones: the good ones are applied, each poison record lands in
 * the dead-letter topic with its key, bytes and headers and a reason in plain words.
 */
class DeadLetterIT extends AnalyticsIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void poisonRecordsAreDeadLetteredAndTheGoodOnesApplied() {
		long chainId = newChainId();
		String tx = TestEvents.hash();
		String token = TestEvents.address();
		String alice = TestEvents.address();
		String bob = TestEvents.address();
		long time = System.currentTimeMillis() / 1000;
		TokenTransfer first = TestEvents.erc20(CONFIRMED, chainId, 7, TestEvents.hash(), time, tx, 0, token, alice, bob,
				10);
		TokenTransfer last = TestEvents.erc20(CONFIRMED, chainId, 7, first.blockHash(), time, tx, 3, token, bob, alice,
				4);
		String key = first.key();
		byte[] good = new TokenTransferSerializer().serialize(Topics.TOKEN_TRANSFERS,
				TestEvents.erc20(CONFIRMED, chainId, 7, first.blockHash(), time, tx, 1, token, alice, bob, 1));
		byte[] upperCase = new String(good, StandardCharsets.UTF_8).replace(bob, bob.toUpperCase().replace("0X", "0x"))
			.getBytes(StandardCharsets.UTF_8);
		byte[] malformed = "{\"schema_version\": 1, \"status\": CONFIRMED}".getBytes(StandardCharsets.UTF_8);
		ProducerRecord<String, byte[]> invalid = new ProducerRecord<>(Topics.TOKEN_TRANSFERS, key, upperCase);
		invalid.headers().add("trace-id", "abc".getBytes(StandardCharsets.UTF_8));

		TestKafka.publish(List.of(first));
		TestKafka.send(List.of(invalid, new ProducerRecord<>(Topics.TOKEN_TRANSFERS, key, malformed)));
		TestKafka.publish(List.of(last));

		eventually().until(() -> this.jdbc
			.queryForList("SELECT events_ingested FROM analytics.chain_progress WHERE chain_id = ?", Long.class,
					chainId)
			.equals(List.of(2L)));
		assertThat(this.jdbc.queryForList(
				"SELECT log_index FROM analytics.transfers WHERE chain_id = ? ORDER BY log_index", Integer.class,
				chainId))
			.containsExactly(0, 3);

		assertThat(this.jdbc.queryForObject("SELECT dead_lettered FROM analytics.chain_progress WHERE chain_id = ?",
				Long.class, chainId))
			.isEqualTo(2);
		List<ConsumerRecord<String, byte[]>> dead = TestKafka.deadLetters(chainId + ":", 2);
		assertThat(dead).hasSize(2);
		ConsumerRecord<String, byte[]> schemaViolation = dead.stream()
			.filter((r) -> r.headers().lastHeader("trace-id") != null)
			.findFirst()
			.orElseThrow();
		assertThat(schemaViolation.key()).isEqualTo(key);
		assertThat(schemaViolation.value()).isEqualTo(upperCase);
		assertThat(header(schemaViolation, "trace-id")).isEqualTo("abc");
		assertThat(header(schemaViolation, IngestConfig.REASON_HEADER))
			.startsWith("Invalid TokenTransfer: to_address: must be lower-case 0x hex of 20 bytes");
		assertThat(header(schemaViolation, "kafka_dlt-original-topic")).isEqualTo(Topics.TOKEN_TRANSFERS);
		assertThat(header(schemaViolation, "kafka_dlt-original-consumer-group")).isEqualTo(Topics.ANALYTICS_GROUP);
		assertThat(header(schemaViolation, "kafka_dlt-exception-fqcn"))
			.isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
		assertThat(header(schemaViolation, "kafka_dlt-exception-stacktrace"))
			.contains("Caused by: io.chainsignal.common.json.EventValidationException: Invalid TokenTransfer: "
					+ "to_address: must be lower-case");
		ConsumerRecord<String, byte[]> unreadable = dead.stream()
			.filter((r) -> r.headers().lastHeader("trace-id") == null)
			.findFirst()
			.orElseThrow();
		assertThat(unreadable.value()).isEqualTo(malformed);
		assertThat(header(unreadable, IngestConfig.REASON_HEADER)).startsWith("Invalid TokenTransfer: malformed JSON");
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		assertThat(header).as("header " + name).isNotNull();
		return new String(header.value(), StandardCharsets.UTF_8);
	}

}
