package io.chainsignal.analytics.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.chainsignal.common.json.EventValidationException;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code token-transfers} in batches: applies the valid events in one database
 * transaction, then dead-letters the records that can never be read. Returning commits
 * the batch's offsets, so they are committed only after the database commit; a failure
 * (database down) propagates to the error handler, which retries the whole batch.
 */
@Component
class TransferBatchListener {

	/** The listener container's id. */
	static final String ID = "analytics-ingest";

	private static final Logger logger = LoggerFactory.getLogger(TransferBatchListener.class);

	private static final LogAccessor LOG_ACCESSOR = new LogAccessor(TransferBatchListener.class);

	private final BatchIngester ingester;

	private final DeadLetterPublishingRecoverer deadLetters;

	private final IngestMetrics metrics;

	TransferBatchListener(BatchIngester ingester, DeadLetterPublishingRecoverer deadLetters, IngestMetrics metrics) {
		this.ingester = ingester;
		this.deadLetters = deadLetters;
		this.metrics = metrics;
	}

	/**
	 * Unreadable records per chain, the chain read from the record key
	 * ({@code {chain_id}:{transaction_hash}}) when it has one.
	 */
	static Map<Long, Long> chainsOf(List<ConsumerRecord<String, TokenTransfer>> unreadable) {
		Map<Long, Long> chains = new TreeMap<>();
		for (ConsumerRecord<String, TokenTransfer> record : unreadable) {
			String key = record.key();
			int colon = (key != null) ? key.indexOf(':') : -1;
			if (colon > 0) {
				try {
					long chainId = Long.parseLong(key.substring(0, colon));
					if (chainId >= 1) {
						chains.merge(chainId, 1L, Long::sum);
					}
				}
				catch (NumberFormatException ex) {
					// a key without a chain: counted in the topic total only
				}
			}
		}
		return chains;
	}

	@KafkaListener(id = ID, idIsGroup = false, topics = Topics.TOKEN_TRANSFERS, batch = "true")
	void onBatch(List<ConsumerRecord<String, TokenTransfer>> records, Consumer<?, ?> consumer) {
		List<TokenTransfer> events = new ArrayList<>(records.size());
		List<ConsumerRecord<String, TokenTransfer>> unreadable = new ArrayList<>();
		for (ConsumerRecord<String, TokenTransfer> record : records) {
			if (record.value() != null) {
				events.add(record.value());
			}
			else {
				unreadable.add(record);
			}
		}
		this.metrics.batch(records.size());
		try {
			BatchIngester.Result result = this.ingester.ingest(events, chainsOf(unreadable));
			logger.debug("Applied {} events: {} placements removed, {} added", events.size(), result.removed(),
					result.added());
		}
		catch (RuntimeException ex) {
			this.metrics.failed();
			logger.warn("Could not apply a batch of {} events, it will be retried: {}", events.size(),
					IngestConfig.reason(ex));
			throw ex;
		}
		this.metrics.committed(events);
		for (ConsumerRecord<String, TokenTransfer> record : unreadable) {
			Exception cause = SerializationUtils.getExceptionFromHeader(record,
					SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
			if (cause == null) {
				cause = new EventValidationException(
						"Invalid TokenTransfer: null value (a tombstone); token-transfers never carries tombstones");
			}
			logger.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					IngestConfig.reason(cause));
			this.deadLetters.accept(record, consumer, cause);
			this.metrics.deadLettered();
		}
	}

}
