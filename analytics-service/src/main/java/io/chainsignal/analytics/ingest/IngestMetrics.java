package io.chainsignal.analytics.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Ingestion meters: events ingested by status, batch sizes, latency from block timestamp
 * to database commit, dead letters and failed attempts.
 */
@Component
class IngestMetrics {

	private final Map<TransferStatus, Counter> ingested = new EnumMap<>(TransferStatus.class);

	private final DistributionSummary batchSize;

	private final Timer latency;

	private final Counter deadLettered;

	private final Counter failures;

	IngestMetrics(MeterRegistry registry) {
		for (TransferStatus status : TransferStatus.values()) {
			this.ingested.put(status,
					Counter.builder("chainsignal.analytics.events.ingested")
						.description("Events applied to the store (duplicates and ignored ones included), by status")
						.tag("status", status.name())
						.register(registry));
		}
		this.batchSize = DistributionSummary.builder("chainsignal.analytics.batch.size")
			.description("Records per consumed batch")
			.publishPercentileHistogram()
			.register(registry);
		this.latency = Timer.builder("chainsignal.analytics.ingest.latency")
			.description("From block timestamp to the commit of the batch holding the event")
			.publishPercentileHistogram()
			.register(registry);
		this.deadLettered = Counter.builder("chainsignal.analytics.events.dead.lettered")
			.description("Records sent to the dead-letter topic")
			.register(registry);
		this.failures = Counter.builder("chainsignal.analytics.ingest.failures")
			.description("Batch attempts that failed and will be retried")
			.register(registry);
	}

	void batch(int records) {
		this.batchSize.record(records);
	}

	void committed(List<TokenTransfer> events) {
		Instant now = Instant.now();
		for (TokenTransfer event : events) {
			this.ingested.get(event.status()).increment();
			Duration age = Duration.between(Instant.ofEpochSecond(event.blockTimestamp()), now);
			this.latency.record(age.isNegative() ? Duration.ZERO : age);
		}
	}

	void deadLettered() {
		this.deadLettered.increment();
	}

	void failed() {
		this.failures.increment();
	}

}
