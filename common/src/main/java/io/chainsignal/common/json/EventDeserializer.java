package io.chainsignal.common.json;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Base of the contract's Kafka value deserializers: reads and validates an event with
 * {@link EventJson}, returns null for a null value (a tombstone) and throws
 * {@link EventValidationException} for anything that breaks the contract.
 *
 * @param <T> the event type
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

	private final Class<T> type;

	protected EventDeserializer(Class<T> type) {
		this.type = type;
	}

	@Override
	public T deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		return EventJson.read(data, this.type);
	}

}
