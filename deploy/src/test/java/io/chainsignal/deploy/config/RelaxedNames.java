package io.chainsignal.deploy.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spring Boot's relaxed binding, the parts the deployment files use: a property name
 * split into elements ({@code a.b[0]} is {@code a}, {@code b}, {@code 0}), compared in
 * uniform form (lower case, no dashes), and the environment-variable forms Spring accepts
 * for it ({@code SPRING_KAFKA_BOOTSTRAPSERVERS} and the legacy
 * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}).
 */
final class RelaxedNames {

	private RelaxedNames() {
	}

	/**
	 * The elements of a dotted name in uniform form.
	 * @param name such as
	 * {@code chainsignal.fraud.detectors.large-transfer.thresholds.[0xAb]}
	 * @return such as
	 * {@code [chainsignal, fraud, detectors, largetransfer, thresholds, 0xab]}
	 */
	static List<String> uniformElements(String name) {
		List<String> elements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inBrackets = false;
		for (char c : name.toCharArray()) {
			if (inBrackets) {
				if (c == ']') {
					inBrackets = false;
					add(elements, current, true);
				}
				else {
					current.append(c);
				}
			}
			else if (c == '[') {
				add(elements, current, false);
				inBrackets = true;
			}
			else if (c == '.') {
				add(elements, current, false);
			}
			else {
				current.append(c);
			}
		}
		add(elements, current, false);
		return elements;
	}

	private static void add(List<String> elements, StringBuilder current, boolean indexed) {
		if (current.isEmpty()) {
			return;
		}
		String element = current.toString().toLowerCase(Locale.ROOT);
		elements.add(indexed ? element : element.replace("-", ""));
		current.setLength(0);
	}

	/**
	 * The environment variable names that Spring maps to a key.
	 * @param name a dotted, dashed key
	 * @return the current form (dashes removed) and the legacy form (dashes as
	 * underscores)
	 */
	static List<String> environmentForms(String name) {
		List<String> raw = rawElements(name);
		String current = String.join("_",
				raw.stream().map((e) -> e.replace("-", "").toUpperCase(Locale.ROOT)).toList());
		String legacy = String.join("_",
				raw.stream().map((e) -> e.replace("-", "_").toUpperCase(Locale.ROOT)).toList());
		return current.equals(legacy) ? List.of(current) : List.of(current, legacy);
	}

	private static List<String> rawElements(String name) {
		List<String> elements = new ArrayList<>();
		for (String part : name.split("\\.")) {
			if (!part.isEmpty()) {
				elements.add(part);
			}
		}
		return elements;
	}

	/**
	 * The dashed form of a Java name, as Boot binds it.
	 * @param javaName such as {@code perEndpointConcurrency}
	 * @return such as {@code per-endpoint-concurrency}
	 */
	static String dashed(String javaName) {
		StringBuilder dashed = new StringBuilder();
		for (char c : javaName.toCharArray()) {
			if (Character.isUpperCase(c)) {
				dashed.append('-').append(Character.toLowerCase(c));
			}
			else {
				dashed.append(c);
			}
		}
		return dashed.toString();
	}

}
