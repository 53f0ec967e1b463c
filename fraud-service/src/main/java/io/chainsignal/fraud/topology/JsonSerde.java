package io.chainsignal.fraud.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;

import io.chainsignal.common.json.EventJson;

/**
 * Serde of the stages' alert lists as JSON with the contract's mapper, so that each alert
 * keeps its wire form and validation. Alerts are rare next to transfers, so JSON costs
 * little here; transfers and detector state use {@link InternalSerdes}.
 *
 * @param <T> the type
 */
final class JsonSerde<T> implements Serde<T> {

	private final Class<T> type;

	JsonSerde(Class<T> type) {
		this.type = type;
	}

	@Override
	public Serializer<T> serializer() {
		return (topic, value) -> (value != null) ? EventJson.write(value) : null;
	}

	@Override
	public Deserializer<T> deserializer() {
		return (topic, bytes) -> {
			if (bytes == null) {
				return null;
			}
			try {
				return EventJson.mapper().readValue(bytes, this.type);
			}
			catch (JacksonException ex) {
				throw new SerializationException("Cannot read " + this.type.getSimpleName(), ex);
			}
		};
	}

}
