package io.chainsignal.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.chainsignal.common.json.EventJson;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example events of {@code src/test/resources/examples}, the same JSON that
 * {@code docs/events.md} shows, and the tools to print and change them in tests.
 */
public final class Examples {

	/**
	 * Where the example files live, relative to the module directory that surefire runs
	 * in.
	 */
	public static final Path DIRECTORY = Path.of("src/test/resources/examples");

	private static final DefaultPrettyPrinter DOCS_STYLE = new DefaultPrettyPrinter(
			Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
		.withObjectIndenter(new DefaultIndenter("  ", "\n"))
		.withArrayIndenter(new DefaultIndenter("  ", "\n"));

	private Examples() {
	}

	/**
	 * The names of every example file, without {@code .json}, sorted.
	 * @param prefix only names starting with this, such as {@code token-transfer-}
	 * @return the names
	 */
	public static List<String> names(String prefix) {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith(prefix) && name.endsWith(".json"))
				.map((name) -> name.substring(0, name.length() - ".json".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of one example, exactly as in the file.
	 * @param name the name without {@code .json}
	 * @return the JSON text
	 */
	public static String text(String name) {
		try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("No example " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The bytes of one example.
	 * @param name the name without {@code .json}
	 * @return the UTF-8 JSON
	 */
	public static byte[] bytes(String name) {
		return text(name).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * One example with a change applied to its JSON tree.
	 * @param name the name without {@code .json}
	 * @param change what to change
	 * @return the changed JSON, compact
	 */
	public static String changed(String name, Consumer<ObjectNode> change) {
		ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(text(name));
		change.accept(tree);
		return tree.toString();
	}

	/**
	 * Prints an event or tree the way the example files and {@code docs/events.md} show
	 * it: two-space indent, {@code "name": value}, one array element per line, a final
	 * newline.
	 * @param value the event or JSON tree
	 * @return the JSON text
	 */
	public static String docsStyle(Object value) {
		return EventJson.mapper().writer().with(DOCS_STYLE).writeValueAsString(value) + "\n";
	}

}
