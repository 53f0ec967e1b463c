package io.chainsignal.common.json;

import java.math.BigInteger;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.kafka.common.errors.SerializationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Holds the one Jackson 3 mapper of the contract and reads and writes events with it,
 * turning every failure to read into an {@link EventValidationException} that names the
 * field.
 *
 * <p>
 * The mapper writes snake_case names, every field including nulls, {@link BigInteger} as
 * a decimal string and {@link Instant} as an ISO-8601 UTC string. It ignores unknown
 * fields and is strict about the rest: no scalar coercion (a number where a string is
 * expected, or the other way round), no fractions for integers, no enum indexes, no
 * duplicate keys, no trailing tokens. Jackson 3 mappers are immutable, so the instance is
 * safe to share.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.addModule(new SimpleModule("chainsignal-contract")
			.addSerializer(BigInteger.class, new ToStringSerializer(BigInteger.class))
			.addDeserializer(BigInteger.class, new DecimalStringDeserializer())
			.addSerializer(Instant.class, new ToStringSerializer(Instant.class))
			.addDeserializer(Instant.class, new UtcInstantDeserializer()))
		.build();

	private EventJson() {
	}

	/**
	 * The shared mapper, for code that handles contract JSON outside the Kafka serdes.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Writes an event as UTF-8 JSON.
	 * @param event the event, already valid since its constructor checked it
	 * @return the JSON bytes
	 * @throws SerializationException if Jackson fails, which would be a bug
	 */
	public static byte[] write(Object event) {
		try {
			return MAPPER.writeValueAsBytes(event);
		}
		catch (JacksonException ex) {
			throw new SerializationException("Cannot write " + event.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	/**
	 * Reads and validates an event from UTF-8 JSON.
	 * @param json the JSON bytes
	 * @param type the event type
	 * @param <T> the event type
	 * @return the event, never null
	 * @throws EventValidationException if the JSON is malformed or the event breaks the
	 * contract
	 */
	public static <T> T read(byte[] json, Class<T> type) {
		T event;
		try {
			event = MAPPER.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new EventValidationException("Invalid " + type.getSimpleName() + ": " + describe(ex), ex);
		}
		if (event == null) {
			throw new EventValidationException("Invalid " + type.getSimpleName() + ": the JSON is null");
		}
		return event;
	}

	private static String describe(JacksonException ex) {
		EventValidationException violation = findViolation(ex);
		String path = path(ex);
		if (violation != null) {
			return (path.isEmpty() ? "" : path + ".") + violation.getMessage();
		}
		if (ex instanceof StreamReadException && !(ex instanceof InputCoercionException)) {
			return "malformed JSON at line " + ex.getLocation().getLineNr() + ", column "
					+ ex.getLocation().getColumnNr() + ": " + ex.getOriginalMessage();
		}
		return (path.isEmpty() ? "" : path + ": ") + ex.getOriginalMessage();
	}

	private static EventValidationException findViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof EventValidationException violation) {
				return violation;
			}
		}
		return null;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
