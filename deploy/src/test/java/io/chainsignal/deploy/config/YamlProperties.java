package io.chainsignal.deploy.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML configuration as Spring sees it: nested maps flattened to dotted keys, each with
 * its value (a list stays one value).
 */
public final class YamlProperties {

	private YamlProperties() {
	}

	/**
	 * Flattens a YAML document.
	 * @param yaml the document
	 * @return dotted key to value, in document order
	 */
	public static Map<String, Object> flatten(Map<?, ?> yaml) {
		Map<String, Object> flat = new LinkedHashMap<>();
		flatten("", yaml, flat);
		return flat;
	}

	private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> flat) {
		map.forEach((key, value) -> {
			String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
			if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
				flatten(name, nested, flat);
			}
			else {
				flat.put(name, value);
			}
		});
	}

}
