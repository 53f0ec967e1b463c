package io.chainsignal.testsupport.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.Backend;
import io.chainsignal.testsupport.FreePort;

/**
 * A dedicated Kafka broker that a test stops and starts again, on the same port and with
 * the same log directory, so topics, committed offsets and producer state survive the
 * restart as they would on a real broker.
 *
 * <p>
 * It is Kafka's own {@link KafkaRaftServer} (what {@code kafka-server-start.sh} runs) in
 * the test JVM, one combined KRaft node, on every backend: a container's mapped port
 * changes on restart, and spring-kafka-test's {@code EmbeddedKafkaKraftBroker} can start
 * only once and takes a fresh temporary log directory each time.
 */
public final class RestartableKafka implements KafkaServer {

	private static final Logger logger = LoggerFactory.getLogger(RestartableKafka.class);

	private static final int NODE_ID = 1;

	private final int port;

	private final Path logDirectory;

	private final Map<String, Object> config;

	private final Thread shutdownHook;

	private KafkaRaftServer server;

	private RestartableKafka(int port, int controllerPort, Path logDirectory) {
		this.port = port;
		this.logDirectory = logDirectory;
		this.config = config(port, controllerPort, logDirectory);
		this.shutdownHook = new Thread(this::stop, "stop-restartable-kafka-" + port);
	}

	/**
	 * Formats a fresh log directory and starts a broker on a free port; the caller closes
	 * it.
	 * @return the running broker
	 */
	public static RestartableKafka create() {
		try {
			RestartableKafka kafka = new RestartableKafka(FreePort.find(), FreePort.find(),
					Files.createTempDirectory("chainsignal-kafka-"));
			kafka.format();
			Runtime.getRuntime().addShutdownHook(kafka.shutdownHook);
			kafka.start();
			return kafka;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a log directory for a restartable Kafka broker", ex);
		}
	}

	/**
	 * Opens a broker on a log directory that outlives it, such as the local stack's
	 * {@code .local-stack/kafka}: formats the directory on first use only, so topics,
	 * committed offsets and transactional state survive this JVM. No shutdown hook is
	 * registered and {@link #close()} is not meant for it: the caller decides the order
	 * of shutdown and calls {@link #stop()}, which keeps the data.
	 * @param logDirectory the log directory, created if missing
	 * @param port the client port
	 * @param controllerPort the KRaft controller port
	 * @return the running broker
	 */
	public static RestartableKafka open(Path logDirectory, int port, int controllerPort) {
		try {
			Files.createDirectories(logDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the Kafka log directory " + logDirectory, ex);
		}
		RestartableKafka kafka = new RestartableKafka(port, controllerPort, logDirectory);
		if (!Files.exists(logDirectory.resolve("meta.properties"))) {
			kafka.format();
		}
		kafka.start();
		return kafka;
	}

	/**
	 * Starts the broker again (no-op when running); returns once it accepts clients on
	 * the same port.
	 */
	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		keepKafkaFromExitingTheJvm();
		long begin = System.nanoTime();
		KafkaRaftServer started = new KafkaRaftServer(new KafkaConfig(this.config, false), Time.SYSTEM);
		started.startup();
		this.server = started;
		logger.info("Restartable Kafka broker started in {} ms: {}", (System.nanoTime() - begin) / 1_000_000, this);
	}

	/**
	 * Shuts the broker down (no-op when stopped); clients see it as gone until
	 * {@link #start()}.
	 */
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		long begin = System.nanoTime();
		this.server.shutdown();
		this.server.awaitShutdown();
		this.server = null;
		logger.info("Restartable Kafka broker stopped in {} ms: {}", (System.nanoTime() - begin) / 1_000_000, this);
	}

	/**
	 * Tells whether the broker is running.
	 * @return true between {@link #start()} and {@link #stop()}
	 */
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	@Override
	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	@Override
	public Backend backend() {
		return Backend.EMBEDDED;
	}

	/** Stops the broker and deletes its log directory. */
	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down
		}
		try {
			Utils.delete(this.logDirectory.toFile());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}", this.logDirectory, ex);
		}
	}

	@Override
	public String toString() {
		return "restartable KRaft broker (KafkaRaftServer in the test JVM) at " + bootstrapServers() + ", data in "
				+ this.logDirectory;
	}

	private void format() {
		try {
			new Formatter().setNodeId(NODE_ID)
				.setClusterId(Uuid.randomUuid().toString())
				.setDirectories(List.of(this.logDirectory.toString()))
				.setMetadataLogDirectory(this.logDirectory.toString())
				.setReleaseVersion(MetadataVersion.latestProduction())
				.setControllerListenerName("CONTROLLER")
				.setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format the log directory " + this.logDirectory, ex);
		}
	}

	private static Map<String, Object> config(int port, int controllerPort, Path logDirectory) {
		Map<String, Object> config = new HashMap<>(BrokerDefaults.SINGLE_NODE);
		config.put("process.roles", "broker,controller");
		config.put("node.id", String.valueOf(NODE_ID));
		config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
		config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		config.put("controller.listener.names", "CONTROLLER");
		config.put("inter.broker.listener.name", "PLAINTEXT");
		config.put("log.dirs", logDirectory.toString());
		config.put("num.partitions", "1");
		return config;
	}

	/**
	 * A fatal broker error calls Exit.exit/halt; in a test JVM that must fail the test,
	 * not end the JVM.
	 */
	private static void keepKafkaFromExitingTheJvm() {
		Exit.setExitProcedure((status, message) -> logger.warn("Kafka called Exit.exit({}, {})", status, message));
		Exit.setHaltProcedure((status, message) -> logger.warn("Kafka called Exit.halt({}, {})", status, message));
	}

}
