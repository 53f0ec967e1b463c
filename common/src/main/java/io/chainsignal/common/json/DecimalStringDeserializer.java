package io.chainsignal.common.json;

import java.math.BigInteger;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a {@link BigInteger} only from a JSON string of decimal digits, so that a JSON
 * number, which many parsers round to a double, is rejected rather than silently trusted.
 */
class DecimalStringDeserializer extends StdScalarDeserializer<BigInteger> {

	DecimalStringDeserializer() {
		super(BigInteger.class);
	}

	@Override
	public BigInteger deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return context.reportInputMismatch(this, "must be a decimal integer in a JSON string, got %s",
					JsonTokens.describe(parser.currentToken()));
		}
		String text = parser.getString();
		BigInteger value = StrictScalars.decimal(text);
		if (value == null) {
			return context.reportInputMismatch(this,
					"must be a decimal integer of at most 78 digits without sign or leading zeros, got \"%s\"",
					Fields.echo(text));
		}
		return value;
	}

}
