package io.chainsignal.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every benchmark and writes the report: {@code BenchmarkSuite <report.md> [scale]}.
 * Scale 1 is the documented load; the smoke test runs a tiny scale so that the benchmarks
 * keep working.
 */
public final class BenchmarkSuite {

	/** The heading of the hand-written section on the causes of missed targets. */
	static final String CAUSES = "## Targets not met, and why";

	private BenchmarkSuite() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of((args.length > 0) ? args[0] : "docs/benchmarks.md");
		double scale = (args.length > 1) ? Double.parseDouble(args[1]) : 1.0;
		String causes = handWrittenCauses(report);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<Result> results = run(scale);
		Files.writeString(report, markdown(results, scale, loadBefore) + missed(results) + causes);
		System.out.println("Wrote " + report.toAbsolutePath());
	}

	static List<Result> run(double scale) throws Exception {
		List<Result> results = new ArrayList<>();
		if (selected("listener")) {
			results.addAll(attempt("Listener backfill", () -> ListenerBackfillBenchmark.run(scale("listener", scale))));
		}
		if (selected("notification")) {
			results.addAll(attempt("Notification", () -> NotificationBenchmark.run(scale("notification", scale))));
		}
		if (selected("fraud")) {
			results.addAll(attempt("Fraud scoring", () -> FraudThroughputBenchmark.run(scale("fraud", scale))));
		}
		if (selected("analytics")) {
			results.addAll(attempt("Analytics", () -> AnalyticsBenchmark.run(scale("analytics", scale))));
		}
		if (selected("pipeline")) {
			results
				.addAll(attempt("End-to-end pipeline", () -> PipelineLatencyBenchmark.run(scale("pipeline", scale))));
		}
		return List.copyOf(results);
	}

	/**
	 * Whether a benchmark runs: {@code -Dbenchmark.only=analytics,fraud} runs only those
	 * (for a long run that must be done on its own); empty runs every one.
	 */
	static boolean selected(String benchmark) {
		String only = System.getProperty("benchmark.only", "");
		return only.isBlank() || List.of(only.split(",")).stream().map(String::trim).anyMatch(benchmark::equals);
	}

	/**
	 * Runs one benchmark; one that fails is reported as failed, with its error, so that a
	 * long run still reports the others (the smoke test fails on it: its figure is 0).
	 */
	private static List<Result> attempt(String name, Benchmark benchmark) {
		try {
			return benchmark.run();
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			ex.printStackTrace();
			return List.of(Result.reported(name + " (failed)", 0, 0, "-", "The run failed: " + ex));
		}
	}

	/** One benchmark's run. */
	@FunctionalInterface
	private interface Benchmark {

		List<Result> run() throws Exception;

	}

	/**
	 * The scale of one benchmark: {@code -Dbenchmark.scale.<name>=...} overrides the
	 * suite's, for a run that must fit a time budget (the report names every override).
	 */
	static double scale(String benchmark, double suite) {
		String value = System.getProperty("benchmark.scale." + benchmark, "");
		return value.isBlank() ? suite : Double.parseDouble(value);
	}

	static String markdown(List<Result> results, double scale) {
		return markdown(results, scale, -1);
	}

	/**
	 * The report's figures.
	 * @param results the results
	 * @param scale the suite's scale
	 * @param loadBefore the load average before the run started (what other work there
	 * was), or a negative number when unknown
	 * @return the Markdown, up to the missed targets
	 */
	static String markdown(List<Result> results, double scale, double loadBefore) {
		StringBuilder out = new StringBuilder();
		out.append("# Benchmarks\n\n");
		out.append("Produced by `./mvnw -B -pl benchmarks -am -DskipTests -Pbenchmarks verify` (scale ")
			.append(scale)
			.append(overrides())
			.append("). Each figure is measured next to the raw limit of the same machine, in the same run.\n\n");
		out.append("## Machine\n\n").append(machine(loadBefore)).append('\n');
		out.append("## Results\n\n");
		out.append("| benchmark | figure | raw limit | ratio | target | met |\n|---|---|---|---|---|---|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| %s | %,.0f %s | %,.0f %s | %.2f | %s | %s |%n", result.name(),
					result.figure(), result.unit(), result.rawLimit(), result.unit(), result.ratio(), result.target(),
					!result.targeted() ? "n/a" : result.met() ? "yes" : "**no**"));
		}
		out.append("\n## How each was measured\n\n");
		for (Result result : results) {
			out.append("- **").append(result.name()).append("**: ").append(result.notes()).append('\n');
		}
		return out.toString();
	}

	/**
	 * The targets this run missed, generated; their causes are the hand-written section
	 * that follows it.
	 */
	static String missed(List<Result> results) {
		List<Result> missed = results.stream().filter((result) -> result.targeted() && !result.met()).toList();
		StringBuilder out = new StringBuilder("\n## Targets missed in this run\n\n");
		if (missed.isEmpty()) {
			return out.append("None: every target above is met.\n").toString();
		}
		for (Result result : missed) {
			out.append(String.format(Locale.ROOT, "- %s: %,.0f %s (ratio %.2f), target %s%n", result.name(),
					result.figure(), result.unit(), result.ratio(), result.target()));
		}
		return out.toString();
	}

	/**
	 * The section {@value #CAUSES} of the previous report, kept as it is: why each missed
	 * target is missed is found by profiling, not by the run, so it is written by hand
	 * and survives regeneration (its text says which run it was written after).
	 */
	static String handWrittenCauses(Path report) throws IOException {
		if (!Files.exists(report)) {
			return "";
		}
		String previous = Files.readString(report);
		int start = previous.indexOf(CAUSES);
		return (start < 0) ? "" : "\n" + previous.substring(start);
	}

	private static String overrides() {
		StringBuilder out = new StringBuilder();
		String only = System.getProperty("benchmark.only", "");
		if (!only.isBlank()) {
			out.append("; only ").append(only);
		}
		for (String benchmark : List.of("listener", "notification", "fraud", "analytics", "pipeline")) {
			String value = System.getProperty("benchmark.scale." + benchmark);
			if (value != null && !value.isBlank()) {
				out.append(out.isEmpty() ? "; " : ", ").append(benchmark).append(' ').append(value);
			}
		}
		return out.toString();
	}

	private static String machine(double loadBefore) {
		var os = ManagementFactory.getOperatingSystemMXBean();
		long memory = (os instanceof com.sun.management.OperatingSystemMXBean sun) ? sun.getTotalMemorySize() : -1;
		return String.format(Locale.ROOT, "- %d cores (%s), %.1f GiB memory, %s %s%n- Java %s (%s)%n- Run at %s; %s%n",
				Runtime.getRuntime().availableProcessors(), cpuModel(), memory / (1024.0 * 1024 * 1024),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
				System.getProperty("java.vendor"), Instant.now(),
				load(loadBefore, os.getSystemLoadAverage(), os.getAvailableProcessors()));
	}

	/**
	 * The load averages, and a warning only when other work was running as the run
	 * started: at the end the benchmarks' own processes are part of the load.
	 */
	static String load(double before, double end, int cores) {
		String atEnd = String.format(Locale.ROOT,
				"system load average at the end: %.1f (the benchmarks' own processes" + " included)", end);
		if (before < 0) {
			return atEnd;
		}
		return String.format(
				Locale.ROOT, "system load average before the run: %.1f%s; %s", before, (before > cores)
						? " (above the core count: other work competed for the CPU and the figures are low)" : "",
				atEnd);
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (java.io.IOException ex) {
			return "unknown CPU";
		}
	}

}
