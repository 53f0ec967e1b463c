package io.chainsignal.common.json;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Raised when an event breaks the contract (malformed JSON, a schema violation or an
 * impossible value); it can never succeed on retry, so consumers dead-letter it.
 *
 * <p>
 * It extends Kafka's {@link SerializationException}, so it surfaces from a deserializer
 * as a Kafka serialization error and spring-kafka's {@code ErrorHandlingDeserializer}
 * turns it into a non-retryable {@code DeserializationException}. The message names the
 * field and what is wrong.
 */
public class EventValidationException extends SerializationException {

	public EventValidationException(String message) {
		super(message);
	}

	public EventValidationException(String message, Throwable cause) {
		super(message, cause);
	}

}
