package io.chainsignal.ops.deadletters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chainsignal-ops replay-dead-letters}: the command line of
 * {@link DeadLetterReplay}.
 */
@Command(name = "replay-dead-letters", mixinStandardHelpOptions = true,
		description = { "Re-injects the records of a dead-letter topic into the topics they came from, exactly once.",
				"Run it after the cause was fixed; a second run replays only dead letters that arrived since." })
public final class ReplayDeadLettersCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--bootstrap-servers", required = true, description = "Kafka bootstrap servers (host:port,...).")
	private String bootstrapServers;

	@Option(names = "--dead-letter-topic", required = true,
			description = "The dead-letter topic to replay, e.g. token-transfers-analytics-dlt.")
	private String deadLetterTopic;

	@Option(names = "--to", description = "Target topic; default: each record's kafka_dlt-original-topic header.")
	private String targetTopic;

	@Option(names = "--only-valid",
			description = "Replay only records that now pass the event contract of their target topic; report the others.")
	private boolean onlyValid;

	@Option(names = "--dry-run", description = "List what would be replayed; write and commit nothing.")
	private boolean dryRun;

	@Option(names = "--group", defaultValue = "chainsignal-dlt-replay",
			description = "Consumer group remembering what was replayed (default: ${DEFAULT-VALUE}).")
	private String group;

	@Option(names = "--command-config",
			description = "A properties file of Kafka client settings, e.g. security.protocol and sasl.* for MSK.")
	private Path commandConfig;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		ReplayReport report = new DeadLetterReplay(new ReplaySettings(this.deadLetterTopic, this.targetTopic,
				this.group, this.onlyValid, this.dryRun, clientProperties()), out::println)
			.run();
		out.printf("%s %d record(s) of %s; passed over %d.%n", this.dryRun ? "Would replay" : "Replayed",
				report.replayed().size(), this.deadLetterTopic, report.passedOver().size());
		out.flush();
		return 0;
	}

	private Map<String, Object> clientProperties() throws IOException {
		Map<String, Object> properties = new HashMap<>();
		if (this.commandConfig != null) {
			Properties file = new Properties();
			try (InputStream in = Files.newInputStream(this.commandConfig)) {
				file.load(in);
			}
			file.forEach((key, value) -> properties.put((String) key, value));
		}
		properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		return properties;
	}

}
