package io.chainsignal.deploy.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every configuration key one service binds, derived from that service's executable jar
 * by {@link ServiceJar}: a deployment file may set a key only if this accepts it.
 *
 * @param keys the keys
 */
public record ConfigurationKeys(Set<PropertyKey> keys) {

	/**
	 * Whether a property name, as written in YAML or properties, is a key of the service.
	 * @param name such as {@code spring.kafka.properties.sasl.mechanism}
	 * @return whether Spring binds it to something the service reads
	 */
	public boolean acceptsProperty(String name) {
		List<String> elements = RelaxedNames.uniformElements(name);
		return this.keys.stream().anyMatch((key) -> matches(RelaxedNames.uniformElements(key.name()), key, elements));
	}

	private static boolean matches(List<String> keyElements, PropertyKey key, List<String> elements) {
		if (key.kind() == PropertyKey.Kind.VALUE) {
			return elements.equals(keyElements);
		}
		return elements.size() >= keyElements.size() && elements.subList(0, keyElements.size()).equals(keyElements);
	}

	/**
	 * Whether an environment variable binds to a key of the service.
	 * @param variable such as {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}
	 * @return whether Spring's relaxed binding maps it to something the service reads
	 */
	public boolean acceptsEnvironmentVariable(String variable) {
		if (!variable.equals(variable.toUpperCase(Locale.ROOT))) {
			return false;
		}
		return this.keys.stream()
			.anyMatch((key) -> RelaxedNames.environmentForms(key.name())
				.stream()
				.anyMatch((form) -> variable.equals(form)
						|| (key.kind() != PropertyKey.Kind.VALUE && variable.startsWith(form + "_"))));
	}

}
