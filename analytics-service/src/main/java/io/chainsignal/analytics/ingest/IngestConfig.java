package io.chainsignal.analytics.ingest;

import java.nio.charset.StandardCharsets;

import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.topic.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring of ingestion: the error handler Boot puts on the listener container
 * (transient failures retried forever with a bounded backoff), the dead-letter recoverer
 * and the dead-letter topic; scheduling, for {@link WindowAdvancer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestSettings.class)
@EnableScheduling
class IngestConfig {

	/** Header naming, in plain words, why a record was dead-lettered. */
	static final String REASON_HEADER = "chainsignal-dlt-reason";

	@Bean
	DefaultErrorHandler ingestErrorHandler(IngestSettings settings) {
		ExponentialBackOff backOff = new ExponentialBackOff(settings.retryInitialInterval().toMillis(),
				settings.retryMultiplier());
		backOff.setMaxInterval(settings.retryMaxInterval().toMillis());
		return new DefaultErrorHandler(backOff);
	}

	@Bean
	DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaOperations<?, ?> kafka, KafkaProperties properties) {
		byte[] group = properties.getConsumer().getGroupId().getBytes(StandardCharsets.UTF_8);
		// partition -1: the producer picks one by key, so the DLT may have any partition
		// count
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT, -1));
		recoverer.addHeadersFunction((record, ex) -> {
			RecordHeaders headers = new RecordHeaders();
			headers.add(REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8));
			// the recoverer names the group only for failures the container wrapped, and
			// this service hands it unreadable records itself
			headers.add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, group);
			return headers;
		});
		return recoverer;
	}

	@Bean
	NewTopic deadLetterTopic(IngestSettings settings) {
		return TopicBuilder.name(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT)
			.partitions(settings.deadLetterPartitions())
			.build();
	}

	/**
	 * The reason in plain words: the contract's validation message when there is one (it
	 * names the field), else the root cause's message.
	 */
	static String reason(Throwable ex) {
		Throwable root = ex;
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof EventValidationException && cause.getMessage() != null) {
				return cause.getMessage();
			}
			root = cause;
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

}
