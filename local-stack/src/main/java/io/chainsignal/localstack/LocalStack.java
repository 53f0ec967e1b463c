package io.chainsignal.localstack;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.localstack.demo.Demo;
import io.chainsignal.localstack.demo.DemoState;
import io.chainsignal.localstack.inbox.InboxServer;
import io.chainsignal.localstack.stack.ChainSettings;
import io.chainsignal.localstack.stack.DataDirectory;
import io.chainsignal.localstack.stack.Ports;
import io.chainsignal.localstack.stack.Stack;
import io.chainsignal.localstack.stack.StackSettings;
import io.chainsignal.testsupport.process.ServiceJars;

/**
 * The README's main command: starts the whole suite on this machine, prints where
 * everything is, and runs until Ctrl-C (SIGINT) or SIGTERM, then stops every process it
 * started, services first, and keeps the data for the next run.
 */
public final class LocalStack {

	private static final Logger logger = LoggerFactory.getLogger(LocalStack.class);

	private LocalStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		LaunchOptions options = LaunchOptions.parse(args);
		ChainSettings chain = ChainSettings.fromEnvironment(System.getenv());
		boolean demo = options.demo() && chain.local();
		DataDirectory data = new DataDirectory(options.dataDirectory());
		if (options.wipe()) {
			logger.info("Wiping {} (--wipe): Kafka, PostgreSQL, the chain and the demo state start afresh",
					data.root());
			data.wipe();
		}
		StackSettings settings = new StackSettings(data, Ports.named(options.ports()), chain,
				new ServiceJars(options.serviceJars()), StackSettings.LAPTOP_JVM);
		Running running = new Running(Stack.create(settings));
		Thread shutdown = new Thread(running::stop, "local-stack-shutdown");
		Runtime.getRuntime().addShutdownHook(shutdown);
		long begin = System.nanoTime();
		try {
			running.start(demo);
		}
		catch (RuntimeException ex) {
			logger.error("The local stack could not start: {}", ex.getMessage(), ex);
			System.exit(1);
		}
		Map<String, String> endpoints = Banner.endpoints(running.stack, running.inbox);
		Banner.write(data.root().resolve("stack.properties"), endpoints);
		System.out.println(Banner.render(endpoints, demo, Duration.ofNanos(System.nanoTime() - begin).toSeconds()));
		running.stopped.await();
	}

	/** The running parts, in the order they are stopped. */
	private static final class Running {

		private final Stack stack;

		private final CountDownLatch stopped = new CountDownLatch(1);

		private volatile InboxServer inbox;

		private volatile Demo demo;

		Running(Stack stack) {
			this.stack = stack;
		}

		void start(boolean withDemo) {
			this.stack.startInfrastructure();
			this.inbox = InboxServer.start(this.stack.settings().ports().inbox(), this.stack.infrastructure().mail());
			DemoState state = DemoState.load(this.stack.settings().data().demoState());
			state.webhookSecret().ifPresent(this.inbox::trust);
			if (withDemo) {
				this.demo = Demo.prepare(this.stack.infrastructure().anvil().orElseThrow(), state);
			}
			this.stack.startServices((this.demo != null) ? this.demo.serviceProperties() : Map.of());
			if (this.demo != null) {
				this.demo.start(this.stack, this.inbox);
			}
		}

		void stop() {
			System.out
				.println("\nStopping the local stack: demo traffic, services, then Kafka, PostgreSQL, SMTP and anvil");
			try {
				if (this.demo != null) {
					this.demo.close();
				}
				this.stack.stop();
				if (this.inbox != null) {
					this.inbox.close();
				}
				Files.deleteIfExists(this.stack.settings().data().root().resolve("stack.properties"));
				System.out.println("Stopped. The data stays in " + this.stack.settings().data().root());
			}
			catch (Exception ex) {
				logger.error("Stopping the local stack failed", ex);
			}
			finally {
				this.stopped.countDown();
			}
		}

	}

}
