package io.chainsignal.fraud.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.scoring.AlertAssembler;
import io.chainsignal.fraud.scoring.DetectorId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detection quality at the defaults: runs a labelled scenario through the whole topology
 * and measures, per detector, precision (alerted subjects that were injected) and recall
 * (injected subjects that were alerted); writes the table to
 * {@code target/detection-quality.md} and requires at least 0.9 of each.
 */
class DetectionQualityTest {

	static final double TARGET = 0.9;

	@Test
	void everyDetectorReachesTheTargetPrecisionAndRecall() throws IOException {
		ScenarioGenerator generator = new ScenarioGenerator(20261122L, 3000, 25);
		ScenarioGenerator.Scenario scenario = generator.generate();
		Set<String> allowlisted = Set.of(generator.hotWallet, generator.payroll);
		Map<DetectorId, AtomicInteger> suppressed = new ConcurrentHashMap<>();
		List<RiskAlert> alerts;
		long started = System.nanoTime();
		AlertAssembler.Suppression allowlist = new AlertAssembler.Suppression() {

			@Override
			public boolean suppresses(String address, DetectorId detector) {
				boolean listed = allowlisted.contains(address);
				if (listed) {
					suppressed.computeIfAbsent(detector, (d) -> new AtomicInteger()).incrementAndGet();
				}
				return listed;
			}

			@Override
			public boolean suppressesAll(String address) {
				return allowlisted.contains(address);
			}

		};
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), generator.sanctioned, allowlist)) {
			driver.send(scenario.transfers());
			alerts = driver.alerts();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;

		Map<DetectorId, Set<String>> alerted = new HashMap<>();
		for (RiskAlert alert : alerts) {
			assertThat(alert.status()).isEqualTo(AlertStatus.RAISED);
			for (DetectorFinding finding : alert.detectors()) {
				alerted.computeIfAbsent(DetectorId.parse(finding.id()), (d) -> new HashSet<>())
					.add(alert.subjectAddress());
			}
		}
		Map<DetectorId, Set<String>> injected = new HashMap<>();
		scenario.labels()
			.forEach(
					(label) -> injected.computeIfAbsent(label.detector(), (d) -> new HashSet<>()).add(label.subject()));

		StringBuilder table = new StringBuilder();
		table.append(
				"| detector | injected | alerted subjects | true positives | precision | recall | hits suppressed by the allowlist |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|\n");
		List<String> failures = new ArrayList<>();
		for (DetectorId detector : DetectorId.values()) {
			Set<String> truth = injected.getOrDefault(detector, Set.of());
			Set<String> predicted = alerted.getOrDefault(detector, Set.of());
			Set<String> hits = new HashSet<>(predicted);
			hits.retainAll(truth);
			double precision = predicted.isEmpty() ? 0 : (double) hits.size() / predicted.size();
			double recall = truth.isEmpty() ? 0 : (double) hits.size() / truth.size();
			table.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %d | %.2f | %.2f | %d |%n", detector.wireId(),
					truth.size(), predicted.size(), hits.size(), precision, recall,
					suppressed.getOrDefault(detector, new AtomicInteger()).get()));
			if (precision < TARGET || recall < TARGET) {
				failures.add(detector.wireId() + " precision " + precision + " recall " + recall);
			}
		}
		String report = "Scenario: seed 20261122, 3,000 background addresses, " + scenario.transfers().size()
				+ " transfers (" + scenario.background() + " background and benign look-alike events), "
				+ scenario.labels().size() + " injected instances; " + millis + " ms through TopologyTestDriver.\n\n"
				+ table;
		Path out = Path.of("target", "detection-quality.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(failures).as(report).isEmpty();
	}

}
