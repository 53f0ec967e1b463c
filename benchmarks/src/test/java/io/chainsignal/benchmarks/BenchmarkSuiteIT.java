package io.chainsignal.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmarks working: the whole suite at a tiny scale (a few thousand
 * transfers) must produce a result for every benchmark with both rates measured. The
 * figures themselves mean nothing at this scale.
 */
class BenchmarkSuiteIT {

	@Test
	void everyBenchmarkProducesAFigureAndItsRawLimit() throws Exception {
		List<Result> results = BenchmarkSuite.run(0.02);
		assertThat(results).isNotEmpty().allSatisfy((result) -> {
			assertThat(result.figure()).isPositive();
			assertThat(result.rawLimit()).isPositive();
		});
		String report = BenchmarkSuite.markdown(results, 0.02);
		assertThat(report).contains("| Listener backfill").contains("cores");
	}

}
