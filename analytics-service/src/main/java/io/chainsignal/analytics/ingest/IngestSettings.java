package io.chainsignal.analytics.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of ingestion from {@code token-transfers}, under
 * {@code chainsignal.analytics.ingest}.
 *
 * @param retryInitialInterval the first pause after a failed batch (database down)
 * @param retryMultiplier how much each further pause grows
 * @param retryMaxInterval the ceiling of the pause; retries go on forever at this pace
 * @param deadLetterPartitions partitions of the dead-letter topic when this service
 * creates it (records are spread over them by key)
 */
@ConfigurationProperties("chainsignal.analytics.ingest")
public record IngestSettings(@DefaultValue("500ms") Duration retryInitialInterval,
		@DefaultValue("2.0") double retryMultiplier, @DefaultValue("30s") Duration retryMaxInterval,
		@DefaultValue("6") int deadLetterPartitions) {

}
