package io.chainsignal.testsupport.ethereum;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a dedicated anvil runs: chain id, port, where its chain is kept across restarts and
 * whether it mines on an interval.
 *
 * @param chainId the chain id the node reports and signs for
 * @param port the JSON-RPC port, or 0 for a free one
 * @param stateFile anvil's {@code --state} file: loaded at start when it exists, dumped
 * on exit and every {@code stateInterval}, so blocks, hashes and balances survive a
 * restart; null for a chain that lives only as long as the process
 * @param stateInterval how often the state file is written while running (bounds what a
 * {@code kill -9} loses); ignored without a state file
 * @param blockTime the interval of interval mining, or null for anvil's default (a block
 * per transaction, "automine")
 * @param extraArguments further anvil options, e.g. {@code --disable-min-priority-fee}
 */
public record AnvilOptions(long chainId, int port, Path stateFile, Duration stateInterval, Duration blockTime,
		List<String> extraArguments) {

	public AnvilOptions {
		extraArguments = List.copyOf(extraArguments);
	}

	/**
	 * What {@link Anvil#start()} uses: chain id 31337, a free port, no state file,
	 * automine.
	 * @return the defaults
	 */
	public static AnvilOptions defaults() {
		return new AnvilOptions(Anvil.DEFAULT_CHAIN_ID, 0, null, Duration.ofSeconds(5), null, List.of());
	}

	public AnvilOptions withPort(int port) {
		return new AnvilOptions(this.chainId, port, this.stateFile, this.stateInterval, this.blockTime,
				this.extraArguments);
	}

	public AnvilOptions withStateFile(Path stateFile) {
		return new AnvilOptions(this.chainId, this.port, stateFile, this.stateInterval, this.blockTime,
				this.extraArguments);
	}

	public AnvilOptions withBlockTime(Duration blockTime) {
		return new AnvilOptions(this.chainId, this.port, this.stateFile, this.stateInterval, blockTime,
				this.extraArguments);
	}

	public AnvilOptions withExtraArguments(String... arguments) {
		return new AnvilOptions(this.chainId, this.port, this.stateFile, this.stateInterval, this.blockTime,
				List.of(arguments));
	}

	List<String> arguments() {
		List<String> arguments = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", String.valueOf(this.port),
				"--chain-id", String.valueOf(this.chainId)));
		if (this.stateFile != null) {
			arguments.addAll(List.of("--state", this.stateFile.toAbsolutePath().toString(), "--state-interval",
					String.valueOf(Math.max(1, this.stateInterval.toSeconds()))));
		}
		if (this.blockTime != null) {
			arguments.addAll(List.of("--block-time", String.valueOf(Math.max(1, this.blockTime.toSeconds()))));
		}
		arguments.addAll(this.extraArguments);
		return arguments;
	}

}
