package io.chainsignal.deploy.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chainsignal.deploy.config.ConfigurationKeys;
import io.chainsignal.deploy.config.Services;
import io.chainsignal.deploy.topics.ContractTopics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of {@code docker-compose.yml}, checked against the services themselves:
 * pinned images, health checks, every environment variable a real configuration key of
 * its service, consistent ports, the contract's topics, the optional profiles.
 */
class ComposeFileTest {

	private static final Pattern TAG = Pattern.compile("[^:/]+(/[^:]+)*:([A-Za-z0-9._-]+)");

	private static final Set<String> FLOATING_TAGS = Set.of("latest", "stable", "nightly", "edge", "main", "master");

	private final ComposeFile compose = ComposeFile.read(Services.repositoryFile("docker-compose.yml"));

	@Test
	void everyImageIsPinned() {
		assertThat(this.compose.services()).isNotEmpty();
		this.compose.services().keySet().forEach((service) -> {
			String image = this.compose.image(service);
			Matcher matcher = TAG.matcher(image);
			assertThat(matcher.matches()).as("%s: image %s has an explicit tag", service, image).isTrue();
			assertThat(matcher.group(2)).as("%s: tag of %s", service, image).isNotIn(FLOATING_TAGS);
			assertThat(this.compose.service(service)).as("%s is built by Jib, not by compose", service)
				.doesNotContainKey("build");
		});
	}

	@Test
	void theSuiteRunsTheImagesOfThisBuild() {
		List<String> ours = this.compose.services()
			.keySet()
			.stream()
			.filter((service) -> this.compose.artifactId(service).isPresent())
			.toList();
		assertThat(ours.stream().map((service) -> this.compose.artifactId(service).orElseThrow()))
			.containsExactlyInAnyOrderElementsOf(Services.ARTIFACT_IDS);
		ours.forEach((service) -> assertThat(this.compose.image(service)).endsWith(":" + Services.version()));
	}

	@Test
	void everyLongRunningContainerHasAHealthCheck() {
		this.compose.services()
			.keySet()
			.stream()
			.filter((service) -> !this.compose.isOneShot(service))
			.forEach((service) -> {
				Map<String, Object> healthcheck = this.compose.healthcheck(service);
				assertThat(healthcheck).as("%s has a health check", service).containsKey("test");
				assertThat(String.valueOf(healthcheck.get("test"))).as(service).doesNotContain("NONE");
				assertThat(healthcheck.get("disable")).as(service).isNotEqualTo(true);
			});
	}

	@Test
	void dependenciesAreWaitedForUntilHealthy() {
		this.compose.services()
			.keySet()
			.forEach((service) -> this.compose.dependsOn(service).forEach((dependency, how) -> {
				assertThat(this.compose.services()).as("%s depends on %s", service, dependency).containsKey(dependency);
				String expected = this.compose.isOneShot(dependency) ? "service_completed_successfully"
						: "service_healthy";
				assertThat(how).as("%s waits for %s", service, dependency).containsEntry("condition", expected);
			}));
		this.compose.services()
			.keySet()
			.stream()
			.filter((service) -> this.compose.artifactId(service).isPresent())
			.forEach((service) -> assertThat(this.compose.dependsOn(service)).as(service)
				.containsKeys("kafka", "kafka-topics"));
	}

	@Test
	void everyEnvironmentVariableIsAConfigurationKeyOfItsService() {
		Map<String, List<String>> unknown = new TreeMap<>();
		int checked = 0;
		for (String service : this.compose.services().keySet()) {
			if (this.compose.artifactId(service).isEmpty()) {
				continue;
			}
			ConfigurationKeys keys = Services.keys(this.compose.artifactId(service).orElseThrow());
			for (String variable : this.compose.environment(service).keySet()) {
				checked++;
				if (!keys.acceptsEnvironmentVariable(variable)) {
					unknown.computeIfAbsent(service, (s) -> new ArrayList<>()).add(variable);
				}
			}
		}
		assertThat(checked).isGreaterThan(10);
		assertThat(unknown).as("environment variables that bind to nothing in their service").isEmpty();
	}

	@Test
	void portsMatchTheServicesOwnPorts() throws IOException {
		String prometheus = Files
			.readString(Services.repositoryFile(mountSource("prometheus", "/etc/prometheus/prometheus.yml")));
		Set<String> hostPorts = new HashSet<>();
		for (String service : this.compose.services().keySet()) {
			for (String mapping : this.compose.ports(service)) {
				String hostPort = mapping.split(":")[0];
				assertThat(hostPorts.add(hostPort)).as("host port %s published once (%s)", hostPort, service).isTrue();
			}
			if (this.compose.artifactId(service).isEmpty()) {
				continue;
			}
			int port = Services.jar(this.compose.artifactId(service).orElseThrow()).serverPort();
			assertThat(this.compose.environment(service)).as(service).doesNotContainKey("SERVER_PORT");
			assertThat(this.compose.ports(service)).as(service).containsExactly(port + ":" + port);
			assertThat(String.valueOf(this.compose.healthcheck(service).get("test"))).as(service)
				.contains("/dev/tcp/localhost/" + port + " ")
				.contains("/actuator/health/readiness");
			assertThat(prometheus).as("Prometheus scrapes " + service).contains("\"" + service + ":" + port + "\"");
		}
	}

	@Test
	void theTopicsContainerCreatesEveryTopicOfTheContract() {
		assertThat(this.compose.environment("kafka")).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
		assertThat(this.compose.isOneShot("kafka-topics")).isTrue();
		assertThat(this.compose.image("kafka-topics")).isEqualTo(this.compose.image("kafka"));
		ContractTopics.assertCreatesTheContract(this.compose.command("kafka-topics"));
	}

	@Test
	void demoTrafficAndObservabilityAreOptInProfiles() throws IOException {
		assertThat(this.compose.profiles("prometheus")).containsExactly("observability");
		assertThat(this.compose.profiles("grafana")).containsExactly("observability");
		assertThat(this.compose.services().keySet().stream().filter((s) -> this.compose.profiles(s).contains("demo")))
			.isNotEmpty();
		this.compose.services()
			.keySet()
			.stream()
			.filter((service) -> this.compose.artifactId(service).isPresent())
			.forEach((service) -> assertThat(this.compose.profiles(service)).as(service).isEmpty());

		JsonNode dashboard = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Services
				.repositoryFile(mountSource("grafana", "/var/lib/grafana/dashboards") + "/chainsignal.json")));
		assertThat(dashboard.path("uid").asString()).isEqualTo("chainsignal");
		assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(8);
		Map<String, Object> provider = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Services
			.repositoryFile(mountSource("grafana", "/etc/grafana/provisioning") + "/dashboards/chainsignal.yml")));
		assertThat(provider.toString()).contains("path=/var/lib/grafana/dashboards");
	}

	/**
	 * The repository path mounted at a container path, as written in the compose file.
	 */
	@SuppressWarnings("unchecked")
	private String mountSource(String service, String containerPath) {
		for (Object volume : (List<Object>) this.compose.service(service).get("volumes")) {
			String[] parts = String.valueOf(volume).split(":");
			if (parts[1].equals(containerPath)) {
				return parts[0];
			}
		}
		throw new AssertionError(service + " mounts nothing at " + containerPath);
	}

}
