package io.chainsignal.deploy.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's executable jar, read as data: its {@code application.yaml}, the Spring
 * Boot configuration metadata of every library it ships ({@code BOOT-INF/lib}), its own
 * {@code @ConfigurationProperties} types and the {@code ${...}} placeholders its classes
 * resolve. Together these are the configuration keys that service reads, and no other
 * service's: each jar holds exactly its own classpath.
 *
 * @param path the executable jar
 */
public record ServiceJar(Path path) {

	private static final String CLASSES = "BOOT-INF/classes/";

	private static final String LIBRARIES = "BOOT-INF/lib/";

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9._\\-\\[\\]]+)[:}]");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The service's {@code application.yaml}.
	 * @return its content; empty if it has none
	 */
	public Map<String, Object> applicationYaml() {
		try (ZipFile jar = new ZipFile(this.path.toFile())) {
			ZipEntry entry = jar.getEntry(CLASSES + "application.yaml");
			if (entry == null) {
				return Map.of();
			}
			try (InputStream in = jar.getInputStream(entry)) {
				Map<String, Object> merged = new LinkedHashMap<>();
				for (Object document : yaml().loadAll(in)) {
					if (document instanceof Map<?, ?> map) {
						map.forEach((key, value) -> merged.put(String.valueOf(key), value));
					}
				}
				return merged;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.path, ex);
		}
	}

	/**
	 * The HTTP port the service listens on unless told otherwise.
	 * @return {@code server.port} of its {@code application.yaml}
	 */
	public int serverPort() {
		Object port = YamlProperties.flatten(applicationYaml()).get("server.port");
		if (port == null) {
			throw new IllegalStateException(this.path + " sets no server.port in application.yaml");
		}
		return Integer.parseInt(port.toString());
	}

	/**
	 * Every configuration key the service reads.
	 * @return the keys
	 */
	public ConfigurationKeys configurationKeys() {
		Set<PropertyKey> keys = new HashSet<>();
		SettingsClassReader settings = new SettingsClassReader();
		try (ZipFile jar = new ZipFile(this.path.toFile())) {
			for (ZipEntry entry : jar.stream().toList()) {
				String name = entry.getName();
				if (name.startsWith(LIBRARIES) && name.endsWith(".jar")) {
					try (InputStream in = jar.getInputStream(entry)) {
						keys.addAll(metadataOfNestedJar(in));
					}
				}
				else if (name.startsWith(CLASSES) && name.endsWith(".class")) {
					byte[] bytes = jar.getInputStream(entry).readAllBytes();
					settings.add(bytes);
					keys.addAll(placeholders(bytes));
				}
				else if (name.equals(CLASSES + METADATA)) {
					keys.addAll(metadata(jar.getInputStream(entry).readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.path, ex);
		}
		keys.addAll(settings.keys());
		YamlProperties.flatten(applicationYaml())
			.forEach((key, value) -> keys.add(
					new PropertyKey(key, (value instanceof List<?>) ? PropertyKey.Kind.LIST : PropertyKey.Kind.VALUE)));
		return new ConfigurationKeys(Set.copyOf(keys));
	}

	private static List<PropertyKey> metadataOfNestedJar(InputStream in) throws IOException {
		ZipInputStream nested = new ZipInputStream(in);
		for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
			if (entry.getName().equals(METADATA)) {
				return metadata(nested.readAllBytes());
			}
		}
		return List.of();
	}

	private static List<PropertyKey> metadata(byte[] json) {
		List<PropertyKey> keys = new ArrayList<>();
		JsonNode properties = JSON.readTree(new ByteArrayInputStream(json)).path("properties");
		for (JsonNode property : properties) {
			if ("error".equals(property.path("deprecation").path("level").asString(""))) {
				continue; // Boot no longer binds it
			}
			String type = property.path("type").asString("");
			keys.add(new PropertyKey(property.path("name").asString(), kind(type)));
		}
		return keys;
	}

	private static PropertyKey.Kind kind(String type) {
		if (type.startsWith("java.util.Map") || type.equals("java.util.Properties")) {
			return PropertyKey.Kind.MAP;
		}
		if (type.startsWith("java.util.List") || type.startsWith("java.util.Set")
				|| type.startsWith("java.util.Collection") || type.endsWith("[]")) {
			return PropertyKey.Kind.LIST;
		}
		return PropertyKey.Kind.VALUE;
	}

	private static List<PropertyKey> placeholders(byte[] classFile) {
		List<PropertyKey> keys = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
		while (matcher.find()) {
			keys.add(new PropertyKey(matcher.group(1), PropertyKey.Kind.VALUE));
		}
		return keys;
	}

	private static Yaml yaml() {
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

}
