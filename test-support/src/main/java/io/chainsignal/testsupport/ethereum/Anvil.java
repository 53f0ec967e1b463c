package io.chainsignal.testsupport.ethereum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

import io.chainsignal.testsupport.PerJvm;

/**
 * A running anvil (Foundry's local Ethereum node) in a child process on a free port, with
 * web3j clients for it. Each instance is an independent chain; several may run at once.
 */
public final class Anvil implements AutoCloseable {

	/** anvil's default chain id. */
	public static final long DEFAULT_CHAIN_ID = 31337;

	private static final Logger logger = LoggerFactory.getLogger(Anvil.class);

	private static final PerJvm<Anvil> SHARED = PerJvm.of("anvil", Anvil::start);

	private static final Pattern LISTENING = Pattern.compile("Listening on ([0-9.]+):(\\d+)");

	private static final int TAIL_LINES = 40;

	private final Process process;

	private final String rpcUrl;

	private final Web3j web3j;

	private final Chain chain;

	private final Transactor transactor;

	private final Thread shutdownHook;

	private Anvil(Process process, String rpcUrl, long chainId) {
		this.process = process;
		this.rpcUrl = rpcUrl;
		HttpService service = new HttpService(rpcUrl);
		this.web3j = Web3j.build(service);
		this.chain = new Chain(service, this.web3j, chainId);
		this.transactor = new Transactor(this.web3j, this.chain);
		this.shutdownHook = new Thread(this::kill, "stop-anvil-" + process.pid());
	}

	/**
	 * The node shared by every test in this JVM, started on first use and killed when the
	 * JVM exits. Tests that mine manually, revert or reorganise the chain should
	 * {@link #start()} their own instead.
	 * @return the shared node
	 */
	public static Anvil shared() {
		return SHARED.get();
	}

	/**
	 * Starts a dedicated node with chain id 31337; the caller closes it.
	 * @return the running node
	 */
	public static Anvil start() {
		return start(DEFAULT_CHAIN_ID);
	}

	/**
	 * Starts a dedicated node; the caller closes it.
	 * @param chainId the chain id the node reports and signs for
	 * @return the running node, answering JSON-RPC
	 */
	public static Anvil start(long chainId) {
		return start(new AnvilOptions(chainId, 0, null, Duration.ofSeconds(5), null, List.of()));
	}

	/**
	 * Starts a dedicated node as described; the caller closes it. With a state file,
	 * {@link #close()} lets anvil write it before it exits.
	 * @param options chain id, port, state file and mining interval
	 * @return the running node, answering JSON-RPC
	 */
	public static Anvil start(AnvilOptions options) {
		long chainId = options.chainId();
		Path binary = AnvilBinary.locate();
		long begin = System.nanoTime();
		Process process;
		try {
			List<String> command = new ArrayList<>();
			command.add(binary.toString());
			command.addAll(options.arguments());
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + binary, ex);
		}
		Deque<String> tail = new ArrayDeque<>();
		CompletableFuture<String> listening = new CompletableFuture<>();
		Thread reader = new Thread(() -> drain(process, tail, listening), "anvil-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
		Anvil anvil;
		try {
			anvil = new Anvil(process, listening.get(30, TimeUnit.SECONDS), chainId);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("Interrupted while starting anvil", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("anvil did not start listening within 30 s; its output:\n" + tail(tail),
					ex);
		}
		Runtime.getRuntime().addShutdownHook(anvil.shutdownHook);
		anvil.requireChainId(chainId);
		logger.info("anvil started in {} ms: {}", (System.nanoTime() - begin) / 1_000_000, anvil);
		return anvil;
	}

	/**
	 * Returns the JSON-RPC endpoint, e.g. for a service's node URL property.
	 * @return http://127.0.0.1:port
	 */
	public String rpcUrl() {
		return this.rpcUrl;
	}

	/**
	 * Returns the chain id.
	 * @return the chain id
	 */
	public long chainId() {
		return this.chain.chainId();
	}

	/**
	 * Returns a web3j client for this node (do not shut it down: close the node instead).
	 * @return the client
	 */
	public Web3j web3j() {
		return this.web3j;
	}

	/**
	 * Returns queries and controls of this chain: blocks, logs, mining, snapshots,
	 * reorgs.
	 * @return the chain
	 */
	public Chain chain() {
		return this.chain;
	}

	/**
	 * Returns the signer of transactions from the dev accounts, for deployments,
	 * transfers and calls.
	 * @return the transactor
	 */
	public Transactor transactor() {
		return this.transactor;
	}

	/** Kills the node. */
	@Override
	public void close() {
		kill();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down
		}
	}

	@Override
	public String toString() {
		return "anvil (pid " + this.process.pid() + ", chain id " + chainId() + ") at " + this.rpcUrl;
	}

	private void requireChainId(long expected) {
		long actual;
		try {
			actual = this.web3j.ethChainId().send().getChainId().longValueExact();
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException("anvil listens at " + this.rpcUrl + " but does not answer", ex);
		}
		if (actual != expected) {
			close();
			throw new IllegalStateException("anvil reports chain id " + actual + ", expected " + expected);
		}
	}

	private void kill() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static void drain(Process process, Deque<String> tail, CompletableFuture<String> listening) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				logger.trace("anvil {}: {}", process.pid(), line);
				synchronized (tail) {
					tail.addLast(line);
					if (tail.size() > TAIL_LINES) {
						tail.removeFirst();
					}
				}
				Matcher matcher = LISTENING.matcher(line);
				if (!listening.isDone() && matcher.find()) {
					listening.complete("http://" + matcher.group(1) + ":" + matcher.group(2));
				}
			}
		}
		catch (IOException ex) {
			logger.trace("anvil {} output closed", process.pid(), ex);
		}
		listening.completeExceptionally(new IllegalStateException("anvil exited before listening"));
	}

	private static String tail(Deque<String> tail) {
		synchronized (tail) {
			return String.join("\n", tail);
		}
	}

}
