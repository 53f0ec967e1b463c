package io.chainsignal.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkSuiteTest {

	@Test
	void listsExactlyTheTargetsThatAreMissed() {
		Result met = new Result("Met", 30_000, 40_000, "events/s", 0.7, 0, "");
		Result ratioMissed = new Result("Ratio missed", 10_000, 40_000, "events/s", 0.7, 0, "");
		Result latencyMissed = Result.atMost("Latency missed", 346, 4, "ms", 200, "");
		Result reported = Result.reported("Reported", 1, 100, "MiB", "");

		String missed = BenchmarkSuite.missed(List.of(met, ratioMissed, latencyMissed, reported));

		assertThat(missed).contains("- Ratio missed: 10,000 events/s (ratio 0.25), target >= 0.70 of raw")
			.contains("- Latency missed: 346 ms (ratio 86.50), target <= 200 ms")
			.doesNotContain("Met:")
			.doesNotContain("Reported");
		assertThat(BenchmarkSuite.missed(List.of(met, reported))).contains("None: every target above is met.");
	}

	@Test
	void warnsOfOtherWorkOnlyFromTheLoadBeforeTheRun() {
		assertThat(BenchmarkSuite.load(0.4, 9.5, 2)).isEqualTo(
				"system load average before the run: 0.4; system load average at the end: 9.5 (the benchmarks' own"
						+ " processes included)");
		assertThat(BenchmarkSuite.load(3.5, 9.5, 2)).startsWith("system load average before the run: 3.5 (above the"
				+ " core count: other work competed for the CPU and the figures are low); ");
		assertThat(BenchmarkSuite.load(-1, 1.2, 2))
			.isEqualTo("system load average at the end: 1.2 (the benchmarks' own processes included)");
	}

	@Test
	void keepsTheHandWrittenCausesOfThePreviousReport(@TempDir Path directory) throws Exception {
		Path report = directory.resolve("benchmarks.md");
		assertThat(BenchmarkSuite.handWrittenCauses(report)).isEmpty();

		Files.writeString(report,
				"# Benchmarks\n\n| old | figures |\n\n" + BenchmarkSuite.CAUSES + "\n\nwhy, by hand\n");
		assertThat(BenchmarkSuite.handWrittenCauses(report))
			.isEqualTo("\n" + BenchmarkSuite.CAUSES + "\n\nwhy, by hand\n");

		Files.writeString(report, "# Benchmarks\n\nno causes section\n");
		assertThat(BenchmarkSuite.handWrittenCauses(report)).isEmpty();
	}

	@Test
	void runsOnlyTheBenchmarksNamed() {
		try {
			System.setProperty("benchmark.only", "analytics, fraud");
			assertThat(BenchmarkSuite.selected("analytics")).isTrue();
			assertThat(BenchmarkSuite.selected("fraud")).isTrue();
			assertThat(BenchmarkSuite.selected("listener")).isFalse();
			System.setProperty("benchmark.only", "");
			assertThat(BenchmarkSuite.selected("listener")).isTrue();
		}
		finally {
			System.clearProperty("benchmark.only");
		}
	}

}
