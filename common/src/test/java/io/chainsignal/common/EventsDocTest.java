package io.chainsignal.common;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chainsignal.common.topic.Topics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/events.md} in step with the contract: its JSON examples are exactly
 * the example files the other tests check, its Java snippet is {@link ConsumeExample},
 * and it names every topic.
 */
class EventsDocTest {

	private static final Path DOC = Path.of("../docs/events.md");

	private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

	@Test
	void theJsonExamplesAreExactlyTheExampleFiles() throws IOException {
		List<String> blocks = blocks(JSON_BLOCK);
		List<String> files = Examples.names("").stream().map(Examples::text).toList();

		assertThat(blocks).as("JSON blocks of docs/events.md").containsExactlyInAnyOrderElementsOf(files);
	}

	@Test
	void theJavaSnippetIsTheCompiledConsumeExample() throws IOException {
		assertThat(blocks(JAVA_BLOCK)).containsExactly(snippet());
	}

	@Test
	void everyTopicAndGroupNameIsDocumented() throws IOException, IllegalAccessException {
		String doc = Files.readString(DOC);
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				assertThat(doc).as(field.getName()).contains("`" + field.get(null) + "`");
			}
		}
	}

	@Test
	void theSchemaFilesItNamesExist() {
		assertThat(Path.of("src/main/resources/schemas/token-transfer-v1.schema.json")).isRegularFile();
		assertThat(Path.of("src/main/resources/schemas/risk-alert-v1.schema.json")).isRegularFile();
	}

	private static List<String> blocks(Pattern pattern) throws IOException {
		Matcher matcher = pattern.matcher(Files.readString(DOC));
		List<String> blocks = new ArrayList<>();
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	/**
	 * The lines between the tags of {@link ConsumeExample}, without the method's indent
	 * and with each further tab as four spaces.
	 */
	private static String snippet() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("src/test/java/io/chainsignal/common/ConsumeExample.java"));
		int start = indexOf(lines, "// tag::consume[]") + 1;
		int end = indexOf(lines, "// end::consume[]");
		StringBuilder snippet = new StringBuilder();
		for (String line : lines.subList(start, end)) {
			String code = line.substring(2);
			int tabs = code.length() - code.replaceFirst("^\t+", "").length();
			snippet.append("    ".repeat(tabs)).append(code.substring(tabs)).append('\n');
		}
		return snippet.toString();
	}

	private static int indexOf(List<String> lines, String marker) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(marker)) {
				return i;
			}
		}
		throw new IllegalStateException("No " + marker + " in ConsumeExample.java");
	}

}
