package io.chainsignal.common.json;

import tools.jackson.core.JsonToken;

/**
 * Names JSON tokens the way a person reads them, for error messages.
 */
final class JsonTokens {

	private JsonTokens() {
	}

	static String describe(JsonToken token) {
		if (token == null) {
			return "nothing";
		}
		return switch (token) {
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
			case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
			case VALUE_NULL -> "null";
			case START_OBJECT -> "a JSON object";
			case START_ARRAY -> "a JSON array";
			case VALUE_STRING -> "a JSON string";
			default -> token.toString();
		};
	}

}
