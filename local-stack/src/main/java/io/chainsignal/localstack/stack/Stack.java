package io.chainsignal.localstack.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.process.ServiceProcess;

/**
 * The whole suite on one machine: {@link Infrastructure} on a data directory, the topics,
 * and the four services as separate processes. The local stack's launcher, the end-to-end
 * tests and the benchmarks share it: start, stop, and kill or restart one service.
 *
 * <pre>{@code
 * Stack stack = Stack.create(settings).startInfrastructure().startServices(Map.of());
 * stack.service(Service.FRAUD).kill();   // kill -9
 * stack.service(Service.FRAUD).start().awaitReady(Duration.ofMinutes(2));
 * stack.stop();                          // services first, then the servers; the data stays
 * }</pre>
 */
public final class Stack implements AutoCloseable {

	/**
	 * How long the services may take to become ready, all starting at once on two cores.
	 */
	public static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

	private static final Logger logger = LoggerFactory.getLogger(Stack.class);

	private final StackSettings settings;

	private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);

	private Infrastructure infrastructure;

	private String apiKey;

	private Stack(StackSettings settings) {
		this.settings = settings;
	}

	/**
	 * Describes a stack; nothing runs yet.
	 * @param settings where and how it runs
	 * @return the stack
	 */
	public static Stack create(StackSettings settings) {
		return new Stack(settings);
	}

	/**
	 * Starts Kafka, PostgreSQL, SMTP and (unless another node is configured) anvil on the
	 * data directory, and creates the topics that are missing.
	 * @return this stack
	 * @throws IllegalStateException if a port is taken, naming it
	 */
	public synchronized Stack startInfrastructure() {
		this.settings.data().create();
		requireFreePorts();
		this.apiKey = this.settings.data().apiKey();
		this.infrastructure = Infrastructure.start(this.settings);
		List<String> created = TopicLayout.createMissing(this.infrastructure.kafka().bootstrapServers());
		logger.info(created.isEmpty() ? "Topics exist already (restart): kept with their data"
				: "Created topics " + created);
		return this;
	}

	/**
	 * Starts the four services at once and waits until each is ready.
	 * @param extraProperties more properties per service, e.g. the demo's fraud
	 * thresholds
	 * @return this stack
	 * @throws IllegalStateException if a service exits or is not ready in time; the
	 * message names its log file
	 */
	public Stack startServices(Map<Service, Map<String, String>> extraProperties) {
		synchronized (this) {
			for (Service service : Service.values()) {
				Map<String, String> properties = new LinkedHashMap<>(
						ServiceConfiguration.of(service, this.settings, this.infrastructure, this.apiKey));
				properties.putAll(extraProperties.getOrDefault(service, Map.of()));
				ServiceProcess.Builder builder = ServiceProcess
					.builder(service.artifactId(), this.settings.jars().jar(service.artifactId()))
					.port(this.settings.ports().of(service))
					.log(this.settings.data().logs().resolve(service.artifactId() + ".log"))
					.properties(properties);
				this.settings.serviceJvmArguments().forEach(builder::jvmArgument);
				ServiceProcess process = builder.build();
				this.services.put(service, process);
				logger.info("Starting {} on port {} (log: {})", service.artifactId(), process.port(), process.log());
				process.start();
			}
		}
		List<CompletableFuture<Void>> ready = new ArrayList<>();
		for (ServiceProcess process : this.services.values()) {
			ready.add(CompletableFuture.runAsync(() -> {
				long begin = System.nanoTime();
				process.awaitReady(READY_TIMEOUT);
				logger.info("{} is ready ({} s)", process.name(), (System.nanoTime() - begin) / 1_000_000_000);
			}));
		}
		try {
			CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
		}
		catch (RuntimeException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		return this;
	}

	/**
	 * Stops the services (SIGTERM, all at once, a graceful Spring Boot shutdown), then
	 * the servers. The data directory is kept. Safe to call twice.
	 */
	public synchronized void stop() {
		List<CompletableFuture<Void>> stopping = this.services.values()
			.stream()
			.map((process) -> CompletableFuture.runAsync(process::stop))
			.toList();
		stopping.forEach(CompletableFuture::join);
		if (this.infrastructure != null) {
			this.infrastructure.stop();
			this.infrastructure = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * One service's process: kill it, restart it, read its log.
	 * @param service the service
	 * @return its process
	 */
	public synchronized ServiceProcess service(Service service) {
		ServiceProcess process = this.services.get(service);
		if (process == null) {
			throw new IllegalStateException(service.artifactId() + " has not been started");
		}
		return process;
	}

	/**
	 * Where a service answers.
	 * @param service the service
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public URI uri(Service service) {
		return URI.create("http://127.0.0.1:" + this.settings.ports().of(service));
	}

	public synchronized Infrastructure infrastructure() {
		return this.infrastructure;
	}

	public StackSettings settings() {
		return this.settings;
	}

	/**
	 * The API key of the tenant {@code demo}, accepted by notification-service and (as an
	 * admin) fraud-service.
	 * @return the key; never log it
	 */
	public String apiKey() {
		return this.apiKey;
	}

	private void requireFreePorts() {
		Ports ports = this.settings.ports();
		Map<String, Integer> wanted = new LinkedHashMap<>();
		for (Service service : Service.values()) {
			wanted.put(service.artifactId(), ports.of(service));
		}
		wanted.put("Kafka", ports.kafka());
		wanted.put("the KRaft controller", ports.kafkaController());
		wanted.put("PostgreSQL", ports.postgres());
		wanted.put("SMTP", ports.smtp());
		wanted.put("the demo inbox", ports.inbox());
		if (this.settings.chain().local()) {
			wanted.put("anvil", ports.anvil());
		}
		wanted.forEach((what, port) -> {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				// free: closed again at once, the server binds it a moment later
			}
			catch (IOException ex) {
				throw new IllegalStateException("Port " + port + " for " + what
						+ " is in use. Is another local stack still running? Stop whatever holds it, or start with"
						+ " -Dlocal-stack.ports=free (random ports, printed in the banner).");
			}
		});
	}

}
