package io.chainsignal.deploy.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.chainsignal.deploy.config.Services;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The chart under {@code helm/chainsignal}, linted and rendered by Helm itself (helm-java
 * bundles Helm 3 as a native library), and the rendered manifests as data.
 *
 * @param manifests every rendered document, in order
 */
record RenderedChart(List<Map<String, Object>> manifests) {

	static final Path CHART = Services.repositoryFile("helm/chainsignal");

	/**
	 * Renders the chart like
	 * {@code helm template chainsignal helm/chainsignal -f <values>}.
	 * @param valuesFile a values file of {@code ci/}
	 * @param extra further settings, like {@code --set}
	 * @return the manifests
	 */
	static RenderedChart template(String valuesFile, UnaryOperator<TemplateCommand> extra) {
		return template(CHART, valuesFile, extra);
	}

	/**
	 * Renders the chart with its hooks as ordinary resources. helm-java's template,
	 * unlike the helm CLI, leaves hooks out of its output; so the chart is copied to a
	 * temporary directory without its {@code helm.sh/hook*} annotations, which tests
	 * check separately.
	 * @param valuesFile a values file of {@code ci/}
	 * @param work a temporary directory
	 * @return the manifests, hooks included
	 */
	static RenderedChart templateWithHooks(String valuesFile, Path work) throws IOException {
		Path chart = work.resolve("chainsignal");
		copy(CHART, chart);
		try (Stream<Path> files = Files.list(chart.resolve("templates"))) {
			for (Path template : files.toList()) {
				List<String> lines = Files.readAllLines(template);
				Files.write(template, lines.stream().filter((line) -> !line.contains("helm.sh/hook")).toList());
			}
		}
		return template(chart, valuesFile, UnaryOperator.identity());
	}

	private static RenderedChart template(Path chartDirectory, String valuesFile,
			UnaryOperator<TemplateCommand> extra) {
		TemplateCommand command = new Helm(chartDirectory).template()
			.withName("chainsignal")
			.withNamespace("chainsignal")
			.withKubeVersion("v1.33.0")
			.withValuesFile(CHART.resolve(valuesFile));
		String yaml = extra.apply(command).call();
		List<Map<String, Object>> manifests = new ArrayList<>();
		for (Object document : yaml().loadAll(yaml)) {
			if (document instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> manifest = (Map<String, Object>) map;
				manifests.add(manifest);
			}
		}
		return new RenderedChart(manifests);
	}

	static RenderedChart template(String valuesFile) {
		return template(valuesFile, UnaryOperator.identity());
	}

	/**
	 * {@code helm lint --strict} with the chart's values, or with a values file of
	 * {@code ci/} layered on top of them. Helm's lint reads only the chart's own
	 * {@code values.yaml}, so for a {@code ci/} file the chart is copied to a temporary
	 * directory whose {@code values.yaml} is the merge, as Helm merges {@code -f}: maps
	 * key by key, everything else replaced.
	 * @param valuesFile a values file of {@code ci/}, or {@code null} for the chart's own
	 * @param work a temporary directory
	 * @return the lint result
	 */
	static LintResult lintStrict(String valuesFile, Path work) throws IOException {
		Path chart = CHART;
		if (valuesFile != null) {
			chart = work.resolve("chainsignal");
			copy(CHART, chart);
			Map<String, Object> values = load(CHART.resolve("values.yaml"));
			merge(values, load(CHART.resolve(valuesFile)));
			DumperOptions options = new DumperOptions();
			options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
			Files.writeString(chart.resolve("values.yaml"), new Yaml(new Representer(options), options).dump(values));
		}
		return new Helm(chart).lint().strict().call();
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> base, Map<String, Object> override) {
		override.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map && base.get(key) instanceof Map<?, ?> existing) {
				merge((Map<String, Object>) existing, (Map<String, Object>) map);
			}
			else {
				base.put(key, value);
			}
		});
	}

	private static Map<String, Object> load(Path file) throws IOException {
		Map<String, Object> values = yaml().load(Files.readString(file));
		return (values != null) ? new LinkedHashMap<>(values) : new LinkedHashMap<>();
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static Yaml yaml() {
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

	List<Map<String, Object>> ofKind(String kind) {
		return this.manifests.stream().filter((manifest) -> kind.equals(manifest.get("kind"))).toList();
	}

	Map<String, Object> named(String kind, String name) {
		return ofKind(kind).stream()
			.filter((manifest) -> name.equals(Manifests.get(manifest, "metadata", "name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + name));
	}

}
