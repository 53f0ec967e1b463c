package io.chainsignal.listener.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.listener.ListenerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real listener application in this JVM, configured through command-line
 * properties exactly as a user would, with test-sized timings.
 */
final class RunningListener implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningListener(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static Map<String, String> defaults(String rpcUrl, String bootstrapServers) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("web3j.client-address", rpcUrl);
		properties.put("web3j.http-timeout-seconds", "2");
		properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
		properties.put("server.port", "0");
		properties.put("chainsignal.listener.start-block", "0");
		properties.put("chainsignal.listener.confirmations", "2");
		properties.put("chainsignal.listener.poll-interval", "100ms");
		properties.put("chainsignal.listener.initial-range", "16");
		properties.put("chainsignal.listener.topics.partitions", "1");
		properties.put("chainsignal.listener.progress-interval", "2s");
		properties.put("chainsignal.listener.rpc.initial-backoff", "50ms");
		properties.put("chainsignal.listener.rpc.max-backoff", "1s");
		return properties;
	}

	static RunningListener start(Map<String, String> properties) {
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new RunningListener(
				new SpringApplicationBuilder(ListenerApplication.class).run(args.toArray(String[]::new)));
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The HTTP port the listener's Actuator answers on. */
	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
