package io.chainsignal.fraud.topology;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.common.topic.Topics;

/**
 * Keeps the stream alive on a record that can never be read: sends its original key,
 * bytes and headers to {@code token-transfers-fraud-dlt} with the reason in the
 * {@code kafka_dlt-*} headers of docs/events.md, inside the same Kafka transaction, and
 * resumes with the next record.
 */
public class DeadLetterHandler implements DeserializationExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

	@Override
	public void configure(Map<String, ?> configs) {
	}

	@Override
	public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
			Exception exception) {
		log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
				exception.getMessage());
		RecordHeaders headers = new RecordHeaders();
		for (Header header : record.headers()) {
			headers.add(header);
		}
		headers.add(text("kafka_dlt-original-topic", record.topic()));
		headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(record.partition()).array());
		headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(record.offset()).array());
		headers.add("kafka_dlt-original-timestamp", ByteBuffer.allocate(8).putLong(record.timestamp()).array());
		headers.add(text("kafka_dlt-original-timestamp-type", record.timestampType().toString()));
		headers.add(text("kafka_dlt-original-consumer-group", Topics.FRAUD_GROUP));
		headers.add(text("kafka_dlt-exception-fqcn", exception.getClass().getName()));
		if (exception.getCause() != null) {
			headers.add(text("kafka_dlt-exception-cause-fqcn", exception.getCause().getClass().getName()));
		}
		headers.add(text("kafka_dlt-exception-message", String.valueOf(exception.getMessage())));
		headers.add(text("chainsignal-dlt-reason", String.valueOf(exception.getMessage())));
		StringWriter trace = new StringWriter();
		exception.printStackTrace(new PrintWriter(trace));
		headers.add(text("kafka_dlt-exception-stacktrace", trace.toString()));
		return Response.resume(List
			.of(new ProducerRecord<>(Topics.TOKEN_TRANSFERS_FRAUD_DLT, null, record.key(), record.value(), headers)));
	}

	private static Header text(String name, String value) {
		return new org.apache.kafka.common.header.internals.RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
