package io.chainsignal.common.json;

import java.time.Instant;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an {@link Instant} only from an ISO-8601 UTC string such as
 * {@code 2024-05-01T12:00:00Z}, the one form the contract and its JSON Schemas allow.
 */
class UtcInstantDeserializer extends StdScalarDeserializer<Instant> {

	private static final Pattern UTC_INSTANT = Pattern
		.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");

	UtcInstantDeserializer() {
		super(Instant.class);
	}

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return context.reportInputMismatch(this, "must be an ISO-8601 UTC instant in a JSON string, got %s",
					JsonTokens.describe(parser.currentToken()));
		}
		String text = parser.getString();
		if (UTC_INSTANT.matcher(text).matches()) {
			try {
				return Instant.parse(text);
			}
			catch (RuntimeException ex) {
				// falls through to the same message as a wrong format
			}
		}
		return context.reportInputMismatch(this,
				"must be an ISO-8601 UTC instant such as 2024-05-01T12:00:00Z, got \"%s\"", Fields.echo(text));
	}

}
