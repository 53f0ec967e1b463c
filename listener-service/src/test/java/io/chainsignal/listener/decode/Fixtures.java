package io.chainsignal.listener.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the mainnet fixtures copied under {@code src/test/resources/fixtures/mainnet}
 * (see its {@code PROVENANCE.md}) as text, JSON or JSON Lines.
 */
final class Fixtures {

	/**
	 * Every integer as BigInteger: ethereum-etl writes values up to 2^256 as bare JSON
	 * numbers.
	 */
	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();

	private static final String ROOT = "/fixtures/mainnet/";

	private Fixtures() {
	}

	static String text(String path) {
		try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + ROOT + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(String path) {
		return JSON.readTree(text(path));
	}

	/**
	 * ethereum-etl's {@code .json} files are JSON Lines: one object per line, not an
	 * array.
	 */
	static List<JsonNode> jsonLines(String path) {
		return text(path).lines().filter((line) -> !line.isBlank()).map(JSON::readTree).toList();
	}

}
