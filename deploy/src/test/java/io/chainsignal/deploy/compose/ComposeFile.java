package io.chainsignal.deploy.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code docker-compose.yml} as data, with the few readings the tests need.
 *
 * @param services compose service name to its definition
 */
record ComposeFile(Map<String, Map<String, Object>> services) {

	private static final Pattern OUR_IMAGE = Pattern.compile("chainsignal/([a-z-]+):(.+)");

	@SuppressWarnings("unchecked")
	static ComposeFile read(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return new ComposeFile((Map<String, Map<String, Object>>) compose.get("services"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, Object> service(String name) {
		return this.services.get(name);
	}

	/** The service's artifact id when its image is one of ours. */
	Optional<String> artifactId(String service) {
		Matcher matcher = OUR_IMAGE.matcher(image(service));
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	String image(String service) {
		return String.valueOf(service(service).get("image"));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> environment(String service) {
		Object environment = service(service).get("environment");
		return (environment != null) ? (Map<String, Object>) environment : Map.of();
	}

	@SuppressWarnings("unchecked")
	List<String> ports(String service) {
		Object ports = service(service).get("ports");
		return (ports != null) ? ((List<Object>) ports).stream().map(String::valueOf).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> healthcheck(String service) {
		Object healthcheck = service(service).get("healthcheck");
		return (healthcheck != null) ? (Map<String, Object>) healthcheck : Map.of();
	}

	@SuppressWarnings("unchecked")
	Map<String, Map<String, Object>> dependsOn(String service) {
		Object dependsOn = service(service).get("depends_on");
		return (dependsOn != null) ? (Map<String, Map<String, Object>>) dependsOn : Map.of();
	}

	@SuppressWarnings("unchecked")
	List<String> profiles(String service) {
		Object profiles = service(service).get("profiles");
		return (profiles != null) ? (List<String>) profiles : List.of();
	}

	/**
	 * One-shot containers (such as the topics initialiser) run to completion, never
	 * restart.
	 */
	boolean isOneShot(String service) {
		return "no".equals(String.valueOf(service(service).get("restart")));
	}

	/** The command of a service as one string. */
	String command(String service) {
		Object command = service(service).get("command");
		return (command instanceof List<?> list) ? String.join(" ", list.stream().map(String::valueOf).toList())
				: String.valueOf(command);
	}

}
