package io.chainsignal.ops;

import io.chainsignal.ops.deadletters.ReplayDeadLettersCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code chainsignal-ops}: operator commands that work on the Kafka topics directly. Run
 * it as {@code java -jar ops-cli/target/ops-cli-<version>-exec.jar <command>}.
 */
@Command(name = "chainsignal-ops", mixinStandardHelpOptions = true, versionProvider = OpsCli.Version.class,
		description = "ChainSignal operator commands.", subcommands = ReplayDeadLettersCommand.class)
public final class OpsCli {

	private OpsCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs one command and returns its exit code: 0 done, 1 failed, 2 bad usage.
	 * @param args the command line
	 * @return the exit code
	 */
	public static int run(String... args) {
		return new CommandLine(new OpsCli()).execute(args);
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = OpsCli.class.getPackage().getImplementationVersion();
			return new String[] { "chainsignal-ops " + ((version != null) ? version : "(development build)") };
		}

	}

}
