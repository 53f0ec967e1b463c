package io.chainsignal.fraud.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * (injected subjects that were alerted). With the exchange and payroll wallets
 * allowlisted every detector must reach 0.9 of both; a second run without the allowlist
 * shows what it does, and must show that the benign look-alikes really look alike. Both
 * tables go to {@code target/detection-quality.md}.
 */
class DetectionQualityTest {

	static final double TARGET = 0.9;

	@Test
	void everyDetectorReachesTheTargetPrecisionAndRecall() throws IOException {
		ScenarioGenerator generator = new ScenarioGenerator(20261122L, 3000, 25);
		ScenarioGenerator.Scenario scenario = generator.generate();
		Map<DetectorId, Set<String>> injected = new EnumMap<>(DetectorId.class);
		scenario.labels()
			.forEach(
					(label) -> injected.computeIfAbsent(label.detector(), (d) -> new HashSet<>()).add(label.subject()));

		long started = System.nanoTime();
		Run allowlisted = run(generator, scenario, Set.of(generator.hotWallet, generator.payroll), injected);
		long millis = (System.nanoTime() - started) / 1_000_000;
		Run open = run(generator, scenario, Set.of(), injected);

		String report = "Scenario: seed 20261122, 3,000 background addresses, " + scenario.transfers().size()
				+ " transfers (" + scenario.background() + " background and benign look-alike events), "
				+ scenario.labels().size() + " injected instances; " + millis
				+ " ms through TopologyTestDriver.\n\nWith the exchange hot wallet and the payroll wallet allowlisted:\n\n"
				+ allowlisted.table() + "\nWithout any allowlist:\n\n" + open.table();
		Path out = Path.of("target", "detection-quality.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);

		List<String> failures = new ArrayList<>();
		allowlisted.scores().forEach((detector, score) -> {
			if (score[0] < TARGET || score[1] < TARGET) {
				failures.add(detector.wireId() + " precision " + score[0] + " recall " + score[1]);
			}
		});
		assertThat(failures).as(report).isEmpty();
		for (DetectorId lookalike : List.of(DetectorId.FAN_IN_SWEEP, DetectorId.RAPID_PASS_THROUGH,
				DetectorId.FAN_OUT_BURST)) {
			assertThat(open.scores().get(lookalike)[0])
				.as("without the allowlist " + lookalike + " flags benign look-alikes")
				.isLessThan(allowlisted.scores().get(lookalike)[0]);
		}
	}

	private static Run run(ScenarioGenerator generator, ScenarioGenerator.Scenario scenario, Set<String> allowlisted,
			Map<DetectorId, Set<String>> injected) {
		Map<DetectorId, AtomicInteger> suppressed = new ConcurrentHashMap<>();
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
		List<RiskAlert> alerts;
		try (FraudDriver driver = new FraudDriver(DetectorSettings.defaults(), generator.sanctioned, allowlist)) {
			driver.send(scenario.transfers());
			alerts = driver.alerts();
		}
		Map<DetectorId, Set<String>> alerted = new HashMap<>();
		for (RiskAlert alert : alerts) {
			assertThat(alert.status()).isEqualTo(AlertStatus.RAISED);
			for (DetectorFinding finding : alert.detectors()) {
				alerted.computeIfAbsent(DetectorId.parse(finding.id()), (d) -> new HashSet<>())
					.add(alert.subjectAddress());
			}
		}
		StringBuilder table = new StringBuilder();
		table.append("| detector | injected | alerted subjects | true positives | precision | recall "
				+ "| hits suppressed by the allowlist |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|\n");
		Map<DetectorId, double[]> scores = new EnumMap<>(DetectorId.class);
		for (DetectorId detector : DetectorId.values()) {
			Set<String> truth = injected.getOrDefault(detector, Set.of());
			Set<String> predicted = alerted.getOrDefault(detector, Set.of());
			Set<String> hits = new HashSet<>(predicted);
			hits.retainAll(truth);
			double precision = predicted.isEmpty() ? 0 : (double) hits.size() / predicted.size();
			double recall = truth.isEmpty() ? 0 : (double) hits.size() / truth.size();
			scores.put(detector, new double[] { precision, recall });
			table.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %d | %.2f | %.2f | %d |%n", detector.wireId(),
					truth.size(), predicted.size(), hits.size(), precision, recall,
					suppressed.getOrDefault(detector, new AtomicInteger()).get()));
		}
		return new Run(table.toString(), scores);
	}

	/**
	 * One run's table and (precision, recall) per detector.
	 */
	private record Run(String table, Map<DetectorId, double[]> scores) {

	}

}
