package io.chainsignal.notification.ingest;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.topic.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one error handler Boot wires into the listener containers: records that can never
 * be read go to the group's dead-letter topic at once, with the reason in plain words in
 * the {@value #REASON_HEADER} header; anything else (database down...) is retried with
 * backoff, never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

	/**
	 * Header with the root cause's message, such as "Invalid TokenTransfer: value: ...".
	 */
	static final String REASON_HEADER = "chainsignal-dlt-reason";

	@Bean
	DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> template) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				// a negative partition lets the key choose, whatever the DLT's partition
				// count
				(record, ex) -> new TopicPartition(Topics.deadLetterTopic(record.topic(), Topics.NOTIFICATION_GROUP),
						-1));
		recoverer.setHeadersFunction((record, ex) -> new RecordHeaders(
				new RecordHeader[] { new RecordHeader(REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8)) }));
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(30_000);
		return new DefaultErrorHandler(recoverer, backOff);
	}

	@Bean
	NewTopic transfersDeadLetters() {
		return TopicBuilder.name(Topics.TOKEN_TRANSFERS_NOTIFICATION_DLT).partitions(3).build();
	}

	@Bean
	NewTopic alertsDeadLetters() {
		return TopicBuilder.name(Topics.FRAUD_ALERTS_NOTIFICATION_DLT).partitions(1).build();
	}

	static String reason(Throwable ex) {
		Throwable root = ex;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof EventValidationException) {
				// names the field and how it is wrong; its own cause is Jackson's detail
				return cause.getMessage();
			}
			root = cause;
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

}
