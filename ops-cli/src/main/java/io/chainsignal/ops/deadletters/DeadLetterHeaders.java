package io.chainsignal.ops.deadletters;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers a dead letter carries (docs/events.md, "Dead letters") and the ones a
 * replayed record keeps: the source record's own headers, without the dead-letter ones,
 * plus {@value #REPLAYED_FROM} naming the dead letter.
 */
final class DeadLetterHeaders {

	static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

	static final String REASON = "chainsignal-dlt-reason";

	static final String REPLAYED_FROM = "chainsignal-replayed-from";

	private DeadLetterHeaders() {
	}

	static String originalTopic(Headers headers) {
		Header header = headers.lastHeader(ORIGINAL_TOPIC);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	static Headers forReplay(Headers deadLetter, String source) {
		RecordHeaders kept = new RecordHeaders();
		for (Header header : deadLetter) {
			if (!isDeadLetterHeader(header.key())) {
				kept.add(header);
			}
		}
		kept.add(REPLAYED_FROM, source.getBytes(StandardCharsets.UTF_8));
		return kept;
	}

	private static boolean isDeadLetterHeader(String key) {
		return key.startsWith("kafka_dlt-") || key.equals(REASON) || key.equals(REPLAYED_FROM);
	}

}
