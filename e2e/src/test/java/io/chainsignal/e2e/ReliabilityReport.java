package io.chainsignal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scenario table of {@code docs/reliability.md}. */
final class ReliabilityReport {

	private final List<Row> rows = new ArrayList<>();

	private final int transactionsPerScenario;

	private final long seed;

	ReliabilityReport(int transactionsPerScenario, long seed) {
		this.transactionsPerScenario = transactionsPerScenario;
		this.seed = seed;
	}

	void add(String scenario, String fault, Verdict verdict, Duration recovery) {
		this.rows.add(new Row(scenario, fault, verdict, recovery));
	}

	void write(Path file) {
		StringBuilder out = new StringBuilder();
		out.append("# Reliability\n\n");
		out.append("Produced by `./mvnw -B -pl e2e -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false")
			.append(" -De2e.report=$PWD/docs/reliability.md` (add `-De2e.transactions=200` for the long soak). CI runs")
			.append(" the same suite with a moderate workload and writes the table to `e2e/target/reliability.md`.\n\n");
		out.append(
				"The whole pipeline runs on one machine: anvil, a KRaft Kafka broker, PostgreSQL 17, GreenMail and a")
			.append(" webhook receiver of the suite's own, with each service in its own process started from its")
			.append(" executable jar. Each scenario sends ")
			.append(this.transactionsPerScenario)
			.append(" random token transactions (ERC-20, ERC-721 and ERC-1155 mints, transfers, zero-value transfers,")
			.append(" batch transfers and burns among 30 addresses) and one chain reorganisation of depth 1 to 5 while")
			.append(" its fault is active, then ends the fault and waits until the services agree with the chain.\n\n");
		out.append("**The oracle is the chain.** After each scenario the suite decodes the node's own logs and reads")
			.append(" every holder's `balanceOf` from the token contracts, then requires: analytics counts every final")
			.append(" transfer of each token exactly once and shows every balance equal to the contract's; every")
			.append(" transfer touching a watched address reached its webhook once (or reached it and was retracted")
			.append(" with `transfer.removed`), with no `webhook-id` accepted twice; every delivery was also mailed")
			.append(" once; and no consumer group is behind. *Lost* and *duplicated* count what differed;")
			.append(" *time to recover* runs from the end of the fault to the first moment everything agreed.\n\n");
		out.append("## Machine\n\n").append(machine()).append('\n');
		out.append("## Scenarios\n\n");
		out.append("| scenario | fault injected | transfers on chain | lost | duplicated | time to recover |\n");
		out.append("|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f s |%n", row.scenario(), row.fault(),
					row.verdict().canonicalTransfers(), row.verdict().lost(), row.verdict().duplicated(),
					row.recovery().toMillis() / 1000.0));
		}
		out.append("\nRandom seed ").append(this.seed).append(".\n\n");
		out.append("After a consumer's `kill -9`, most of the time to recover is Kafka's session timeout (45 s):")
			.append(" the dead member keeps its partitions until the broker gives up on it, and the restarted process")
			.append(" joins as a new member. Static membership (`group.instance.id`) would hand them back at once.\n");
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, out.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String machine() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		return String.format(Locale.ROOT, "- %d cores, %s %s, Java %s (%s)%n- Run at %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vendor"),
				Instant.now())
				+ String.format(Locale.ROOT, "- System load average at the end: %.1f%n", os.getSystemLoadAverage());
	}

	private record Row(String scenario, String fault, Verdict verdict, Duration recovery) {
	}

}
