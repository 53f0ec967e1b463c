package io.chainsignal.analytics.ingest;

import java.util.List;
import java.util.Map;

import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.serializer.DeserializationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-words reason of a dead letter, and the chain a dead letter is counted for.
 */
class DeadLetterReasonTest {

	@Test
	void reasonIsTheContractsValidationMessage() {
		EventValidationException invalid = new EventValidationException(
				"Invalid TokenTransfer: value: must be from 0 to 2^256-1, got 1e99",
				new IllegalArgumentException("value: must be from 0 to 2^256-1, got 1e99"));
		DeserializationException wrapped = new DeserializationException("failed to deserialize", new byte[0], false,
				invalid);
		assertThat(IngestConfig.reason(wrapped))
			.isEqualTo("Invalid TokenTransfer: value: must be from 0 to 2^256-1, got 1e99");
		assertThat(IngestConfig.reason(new IllegalStateException("outer", new RuntimeException("root cause"))))
			.isEqualTo("root cause");
	}

	@Test
	void deadLettersAreCountedForTheChainInTheirKey() {
		List<ConsumerRecord<String, TokenTransfer>> records = List.of(record("1:0xabc"), record("1:0xdef"),
				record("137:0x123"), record("no-chain"), record(null), record("0:0x1"), record("x:0x1"));
		assertThat(TransferBatchListener.chainsOf(records)).isEqualTo(Map.of(1L, 2L, 137L, 1L));
	}

	private static ConsumerRecord<String, TokenTransfer> record(String key) {
		return new ConsumerRecord<>(Topics.TOKEN_TRANSFERS, 0, 0, key, null);
	}

}
