package io.chainsignal.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Loads the contract's JSON Schema files from the classpath into a real draft 2020-12
 * validator.
 */
public final class JsonSchemas {

	/** The {@code token-transfers} schema. */
	public static final Schema TOKEN_TRANSFER = load("token-transfer-v1.schema.json");

	/** The {@code fraud-alerts} schema. */
	public static final Schema RISK_ALERT = load("risk-alert-v1.schema.json");

	private JsonSchemas() {
	}

	/**
	 * Validates JSON text.
	 * @param schema the schema
	 * @param json the JSON text
	 * @return one readable line per violation, empty when valid
	 */
	public static List<String> errors(Schema schema, String json) {
		List<Error> errors = schema.validate(json, InputFormat.JSON);
		return errors.stream().map(Error::toString).toList();
	}

	private static Schema load(String file) {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + file)) {
			if (in == null) {
				throw new IllegalStateException("No schema " + file + " on the classpath");
			}
			return registry.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
