package io.chainsignal.common;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.networknt.schema.Schema;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.EventValidationException;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Assertions that the JSON Schema file and the Java record agree on one piece of JSON.
 */
public final class Agreement {

	private Agreement() {
	}

	/**
	 * A named change to an example, with the field the rejection must name.
	 *
	 * @param name what the change breaks, shown as the test name
	 * @param change the change to the example's JSON tree
	 * @param field the field the exception message must name
	 */
	public record Violation(String name, Consumer<ObjectNode> change, String field) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Asserts that both the schema and the record accept the JSON.
	 * @param schema the schema
	 * @param type the record type
	 * @param json the JSON text
	 * @param <T> the record type
	 * @return the record read
	 */
	public static <T> T assertAcceptedByBoth(Schema schema, Class<T> type, String json) {
		assertThat(JsonSchemas.errors(schema, json)).as("schema errors of %s", json).isEmpty();
		return EventJson.read(json.getBytes(StandardCharsets.UTF_8), type);
	}

	/**
	 * Asserts that both the schema and the record reject the JSON, the record with an
	 * {@link EventValidationException} naming the field.
	 * @param schema the schema
	 * @param type the record type
	 * @param json the JSON text
	 * @param field the field the message must name
	 */
	public static void assertRejectedByBoth(Schema schema, Class<?> type, String json, String field) {
		assertThat(JsonSchemas.errors(schema, json)).as("schema errors of %s", json).isNotEmpty();
		assertThatExceptionOfType(EventValidationException.class)
			.isThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), type))
			.withMessageStartingWith("Invalid " + type.getSimpleName() + ": ")
			.withMessageContaining(field);
	}

}
