package io.chainsignal.deploy.helm;

import java.util.List;
import java.util.Map;

/**
 * Paths into rendered manifests.
 */
final class Manifests {

	private Manifests() {
	}

	/**
	 * The value at a path of map keys.
	 * @param node a manifest or part of one
	 * @param path map keys
	 * @return the value, or {@code null} when a key is missing
	 */
	static Object get(Object node, String... path) {
		Object current = node;
		for (String key : path) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node, String... path) {
		Object value = get(node, path);
		return (value != null) ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object node, String... path) {
		Object value = get(node, path);
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	/** The containers of a Deployment or Job. */
	static List<Map<String, Object>> containers(Map<String, Object> workload) {
		return list(workload, "spec", "template", "spec", "containers");
	}

}
