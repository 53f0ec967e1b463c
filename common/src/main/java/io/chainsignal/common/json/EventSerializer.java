package io.chainsignal.common.json;

import org.apache.kafka.common.serialization.Serializer;

/**
 * Base of the contract's Kafka value serializers: writes an event with {@link EventJson},
 * and null (a tombstone) as null.
 *
 * @param <T> the event type
 */
public abstract class EventSerializer<T> implements Serializer<T> {

	@Override
	public byte[] serialize(String topic, T event) {
		return (event != null) ? EventJson.write(event) : null;
	}

}
