package io.chainsignal.deploy.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.marcnuri.helm.LintResult;
import io.chainsignal.deploy.config.ConfigurationKeys;
import io.chainsignal.deploy.config.Services;
import io.chainsignal.deploy.config.YamlProperties;
import io.chainsignal.deploy.topics.ContractTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The Helm chart, linted and rendered by Helm for the {@code ci/} values, checked against
 * Kubernetes (apiVersions still served), security (probes, resources, non-root, no
 * plaintext secret, IRSA) and the services themselves (every environment variable and
 * every ConfigMap key a real configuration key, ports).
 */
class ChartTest {

	private static final String DEV = "ci/dev-values.yaml";

	private static final String MSK_IAM = "ci/msk-iam-values.yaml";

	/**
	 * Kubernetes removes old apiVersions (policy/v1beta1, autoscaling/v2beta2), and lint
	 * does not notice.
	 */
	private static final Set<String> ALLOWED = Set.of("v1/ConfigMap", "v1/Service", "v1/ServiceAccount",
			"apps/v1/Deployment", "policy/v1/PodDisruptionBudget", "autoscaling/v2/HorizontalPodAutoscaler",
			"batch/v1/Job");

	private static final Pattern SECRET_NAME = Pattern
		.compile(".*(PASSWORD|SECRET|JAAS|API_KEYS|ENCRYPTION_KEY|CLIENT_ADDRESS).*");

	private static final Pattern SECRET_KEY = Pattern.compile(".*(password|secret|api-keys|credentials).*");

	@ParameterizedTest
	@ValueSource(strings = { "", DEV, MSK_IAM })
	void lintsStrictly(String valuesFile, @TempDir Path work) throws IOException {
		LintResult result = RenderedChart.lintStrict(valuesFile.isEmpty() ? null : valuesFile, work);
		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { DEV, MSK_IAM })
	void rendersOnlyApiVersionsKubernetesStillServes(String valuesFile) {
		RenderedChart chart = RenderedChart.template(valuesFile);
		assertThat(chart.manifests()).isNotEmpty();
		chart.manifests()
			.forEach((manifest) -> assertThat(manifest.get("apiVersion") + "/" + manifest.get("kind")).isIn(ALLOWED));
	}

	@ParameterizedTest
	@ValueSource(strings = { DEV, MSK_IAM })
	void everyServiceHasProbesResourcesAndRunsAsNonRoot(String valuesFile) {
		RenderedChart chart = RenderedChart.template(valuesFile);
		List<Map<String, Object>> deployments = chart.ofKind("Deployment");
		assertThat(deployments).hasSizeGreaterThanOrEqualTo(4);
		for (Map<String, Object> deployment : deployments) {
			String name = String.valueOf(Manifests.get(deployment, "metadata", "name"));
			Map<String, Object> container = Manifests.containers(deployment).get(0);
			String artifactId = artifactId(container);
			int port = Services.jar(artifactId).serverPort();
			assertThat(Manifests.list(container, "ports")).as(name)
				.containsExactly(Map.of("name", "http", "containerPort", port, "protocol", "TCP"));
			assertThat(Manifests.get(container, "livenessProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/liveness");
			assertThat(Manifests.get(container, "readinessProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/readiness");
			assertThat(Manifests.get(container, "startupProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/liveness");
			assertThat(Manifests.get(container, "livenessProbe", "httpGet", "port")).isEqualTo("http");
			assertThat(Manifests.map(container, "resources", "requests")).as(name).containsKeys("cpu", "memory");
			assertThat(Manifests.map(container, "resources", "limits")).as(name).containsKey("memory");
			assertThat(Manifests.get(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
				.as(name)
				.isEqualTo(true);
			assertThat(Manifests.get(container, "securityContext", "readOnlyRootFilesystem")).as(name).isEqualTo(true);
			assertThat(String.valueOf(container.get("image"))).as(name).doesNotEndWith(":latest").contains(":");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { DEV, MSK_IAM })
	void everyEnvironmentVariableAndConfigMapKeyIsAConfigurationKeyOfItsService(String valuesFile) {
		RenderedChart chart = RenderedChart.template(valuesFile);
		Map<String, List<String>> unknown = new TreeMap<>();
		int checked = 0;
		for (Map<String, Object> deployment : chart.ofKind("Deployment")) {
			String name = String.valueOf(Manifests.get(deployment, "metadata", "name"));
			Map<String, Object> container = Manifests.containers(deployment).get(0);
			ConfigurationKeys keys = Services.keys(artifactId(container));
			for (Map<String, Object> variable : Manifests.list(container, "env")) {
				checked++;
				if (!keys.acceptsEnvironmentVariable(String.valueOf(variable.get("name")))) {
					unknown.computeIfAbsent(name, (n) -> new ArrayList<>()).add(String.valueOf(variable.get("name")));
				}
			}
			for (String key : applicationYaml(chart, deployment).keySet()) {
				checked++;
				if (!keys.acceptsProperty(key)) {
					unknown.computeIfAbsent(name, (n) -> new ArrayList<>()).add(key);
				}
			}
		}
		assertThat(checked).isGreaterThan(20);
		assertThat(unknown).as("settings that bind to nothing in their service").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { DEV, MSK_IAM })
	void noSecretIsWrittenInPlainText(String valuesFile) {
		RenderedChart chart = RenderedChart.template(valuesFile);
		assertThat(chart.ofKind("Secret")).isEmpty();
		List<String> secretVariables = new ArrayList<>();
		for (Map<String, Object> workload : chart.manifests()) {
			for (Map<String, Object> container : Manifests.containers(workload)) {
				for (Map<String, Object> variable : Manifests.list(container, "env")) {
					String name = String.valueOf(variable.get("name"));
					if (SECRET_NAME.matcher(name).matches()) {
						secretVariables.add(name);
						assertThat(variable).as(name).doesNotContainKey("value");
						assertThat(Manifests.map(variable, "valueFrom", "secretKeyRef")).as(name)
							.containsKeys("name", "key");
					}
				}
			}
		}
		assertThat(secretVariables).contains("SPRING_DATASOURCE_PASSWORD", "WEB3J_CLIENT_ADDRESS");
		for (Map<String, Object> configMap : chart.ofKind("ConfigMap")) {
			Map<String, Object> settings = YamlProperties.flatten(parse(configMap));
			settings.forEach((key, value) -> {
				assertThat(key).as("ConfigMap key").doesNotMatch(SECRET_KEY);
				if (key.endsWith("sasl.jaas.config")) {
					assertThat(value).as("only IAM's JAAS line holds no credential")
						.isEqualTo("software.amazon.msk.auth.iam.IAMLoginModule required;");
				}
			});
		}
	}

	@Test
	void mskIamAuthenticatesEveryServiceThroughIrsa(@TempDir Path work) throws IOException {
		RenderedChart chart = RenderedChart.templateWithHooks(MSK_IAM, work);
		String role = "arn:aws:iam::123456789012:role/chainsignal";
		assertThat(chart.ofKind("ServiceAccount")).hasSize(2)
			.allSatisfy((account) -> assertThat(Manifests.map(account, "metadata", "annotations"))
				.containsEntry("eks.amazonaws.com/role-arn", role));
		String serviceAccount = String
			.valueOf(Manifests.get(chart.named("ServiceAccount", "chainsignal"), "metadata", "name"));
		for (Map<String, Object> deployment : chart.ofKind("Deployment")) {
			assertThat(Manifests.get(deployment, "spec", "template", "spec", "serviceAccountName"))
				.isEqualTo(serviceAccount);
			Map<String, Object> settings = YamlProperties.flatten(applicationYaml(chart, deployment));
			assertThat(settings).containsEntry("spring.kafka.security.protocol", "SASL_SSL")
				.containsEntry("spring.kafka.properties.sasl.mechanism", "AWS_MSK_IAM")
				.containsEntry("spring.kafka.properties.sasl.jaas.config",
						"software.amazon.msk.auth.iam.IAMLoginModule required;")
				.containsEntry("spring.kafka.properties.sasl.client.callback.handler.class",
						"software.amazon.msk.auth.iam.IAMClientCallbackHandler");
			assertThat(String.valueOf(settings.get("spring.kafka.bootstrap-servers")).split(","))
				.allSatisfy((broker) -> assertThat(broker).endsWith(":9098"));
		}
		String job = jobScript(chart);
		assertThat(job).contains("sasl.mechanism=AWS_MSK_IAM")
			.contains("sha256sum -c")
			.contains("aws-msk-iam-auth-2.3.9-all.jar");
	}

	@Test
	void scramAndTlsRenderTheirOwnKafkaSettings() {
		RenderedChart scram = RenderedChart.template(DEV, (command) -> command.set("kafka.auth.mechanism", "scram")
			.set("kafka.auth.scram.jaasConfigSecret", "kafka-scram"));
		for (Map<String, Object> deployment : scram.ofKind("Deployment")) {
			assertThat(YamlProperties.flatten(applicationYaml(scram, deployment)))
				.containsEntry("spring.kafka.security.protocol", "SASL_SSL")
				.containsEntry("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")
				.doesNotContainKey("spring.kafka.properties.sasl.jaas.config");
			assertThat(Manifests.list(Manifests.containers(deployment).get(0), "env"))
				.contains(Map.of("name", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "valueFrom",
						Map.of("secretKeyRef", Map.of("name", "kafka-scram", "key", "sasl.jaas.config"))));
		}
		RenderedChart tls = RenderedChart.template(DEV, (command) -> command.set("kafka.auth.mechanism", "tls")
			.set("kafka.auth.tls.truststoreSecret", "kafka-ca"));
		for (Map<String, Object> deployment : tls.ofKind("Deployment")) {
			assertThat(YamlProperties.flatten(applicationYaml(tls, deployment)))
				.containsEntry("spring.kafka.security.protocol", "SSL")
				.containsEntry("spring.kafka.ssl.trust-store-type", "PEM")
				.containsEntry("spring.kafka.ssl.trust-store-location", "file:/etc/chainsignal-kafka-tls/ca.crt");
		}
		RenderedChart plaintext = RenderedChart.template(DEV);
		for (Map<String, Object> deployment : plaintext.ofKind("Deployment")) {
			assertThat(YamlProperties.flatten(applicationYaml(plaintext, deployment)).keySet())
				.noneMatch((key) -> key.startsWith("spring.kafka.security") || key.contains("sasl"));
		}
	}

	@Test
	void oneListenerPerChainAndConsumersAutoscaledWithinThePartitions() {
		RenderedChart chart = RenderedChart.template(MSK_IAM);
		for (String chain : List.of("ethereum", "polygon")) {
			Map<String, Object> listener = chart.named("Deployment", "chainsignal-listener-" + chain);
			assertThat(Manifests.get(listener, "spec", "replicas")).isEqualTo(1);
			assertThat(Manifests.get(listener, "spec", "strategy", "type")).isEqualTo("Recreate");
		}
		assertThat(YamlProperties
			.flatten(applicationYaml(chart, chart.named("Deployment", "chainsignal-listener-polygon"))))
			.containsEntry("chainsignal.listener.chain-id", 137)
			.containsEntry("chainsignal.listener.topics.create", false)
			.containsEntry("chainsignal.listener.confirmations", 64);
		assertThat(chart.ofKind("HorizontalPodAutoscaler")).hasSize(3).allSatisfy((hpa) -> {
			assertThat(String.valueOf(Manifests.get(hpa, "spec", "scaleTargetRef", "name")))
				.isIn("chainsignal-analytics", "chainsignal-notification", "chainsignal-fraud");
			assertThat((Integer) Manifests.get(hpa, "spec", "maxReplicas")).isLessThanOrEqualTo(12);
		});
		chart.ofKind("HorizontalPodAutoscaler")
			.forEach((hpa) -> assertThat(Manifests.get(
					chart.named("Deployment", String.valueOf(Manifests.get(hpa, "spec", "scaleTargetRef", "name"))),
					"spec", "replicas"))
				.as("an autoscaled Deployment leaves replicas to its autoscaler")
				.isNull());
		assertThat(chart.ofKind("PodDisruptionBudget")).hasSize(5);
		assertThatException().isThrownBy(
				() -> RenderedChart.template(MSK_IAM, (command) -> command.set("fraud.autoscaling.maxReplicas", 13)))
			.withMessageContaining("exceeds kafka.topics.tokenTransfersPartitions");
	}

	@Test
	void theSchemaRejectsWhatTheChartCannotRender() {
		assertThatException()
			.isThrownBy(() -> RenderedChart.template(DEV, (command) -> command.set("kafka.auth.mechanism", "kerberos")))
			.withMessageContaining("mechanism");
		assertThatException()
			.isThrownBy(() -> RenderedChart.template(DEV, (command) -> command.set("analytics.replicaCount", 3)))
			.withMessageContaining("replicaCount");
	}

	@ParameterizedTest
	@ValueSource(strings = { DEV, MSK_IAM })
	void aHookJobCreatesEveryTopicOfTheContractBeforeTheServices(String valuesFile, @TempDir Path work)
			throws IOException {
		assertThat(RenderedChart.template(valuesFile).ofKind("Job")).as("hooks are not release resources").isEmpty();
		String template = Files.readString(RenderedChart.CHART.resolve("templates/topics-job.yaml"));
		assertThat(template).contains("helm.sh/hook: pre-install,pre-upgrade")
			.contains("helm.sh/hook-weight: \"-10\"")
			.contains("helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded");
		RenderedChart chart = RenderedChart.templateWithHooks(valuesFile, work);
		assertThat(chart.ofKind("Job")).hasSize(1);
		ContractTopics.assertCreatesTheContract(jobScript(chart));
		assertThat(Manifests.get(chart.ofKind("Job").get(0), "spec", "template", "spec", "securityContext",
				"runAsNonRoot"))
			.isEqualTo(true);
	}

	private static String artifactId(Map<String, Object> container) {
		String image = String.valueOf(container.get("image"));
		String artifactId = image.substring(image.lastIndexOf('/') + 1, image.lastIndexOf(':'));
		assertThat(Services.ARTIFACT_IDS).contains(artifactId);
		return artifactId;
	}

	private static Map<String, Object> applicationYaml(RenderedChart chart, Map<String, Object> deployment) {
		String configMap = Manifests.list(deployment, "spec", "template", "spec", "volumes")
			.stream()
			.filter((volume) -> "config".equals(volume.get("name")))
			.map((volume) -> String.valueOf(Manifests.get(volume, "configMap", "name")))
			.findFirst()
			.orElseThrow();
		return YamlProperties.flatten(parse(chart.named("ConfigMap", configMap)));
	}

	private static Map<String, Object> parse(Map<String, Object> configMap) {
		Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(String.valueOf(Manifests.get(configMap, "data", "application.yaml")));
		return (yaml != null) ? yaml : Map.of();
	}

	private static String jobScript(RenderedChart chart) {
		Map<String, Object> job = chart.ofKind("Job").get(0);
		return String.join("\n", Manifests.containers(job).get(0).get("args").toString());
	}

}
