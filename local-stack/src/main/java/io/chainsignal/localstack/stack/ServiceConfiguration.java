package io.chainsignal.localstack.stack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.chainsignal.testsupport.postgres.Database;

/**
 * The Spring Boot properties each service is started with: only standard keys and the
 * ones its guide documents, passed on the command line.
 *
 * <p>
 * Each service has its own database (analytics, notification, fraud) on the one
 * PostgreSQL server, so their Flyway histories never meet. Every service listens on
 * 127.0.0.1 only: the stack's API key and webhook settings are for this machine.
 */
final class ServiceConfiguration {

	/** The stack's tenant, with the API key in the data directory. */
	static final String TENANT = "demo";

	private ServiceConfiguration() {
	}

	static Map<String, String> of(Service service, StackSettings settings, Infrastructure infrastructure,
			String apiKey) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.address", "127.0.0.1");
		properties.put("spring.kafka.bootstrap-servers", infrastructure.kafka().bootstrapServers());
		switch (service) {
			case LISTENER -> listener(properties, settings.chain(), infrastructure);
			case ANALYTICS -> database(properties, infrastructure.postgres().database("analytics"));
			case NOTIFICATION -> notification(properties, settings, infrastructure, apiKey);
			case FRAUD -> fraud(properties, settings, infrastructure, apiKey);
		}
		return properties;
	}

	private static void listener(Map<String, String> properties, ChainSettings chain, Infrastructure infrastructure) {
		properties.put("web3j.client-address", infrastructure.rpcUrl());
		properties.put("chainsignal.listener.start-block", chain.startBlock());
		properties.put("chainsignal.listener.confirmations", Integer.toString(chain.confirmations()));
		properties.put("chainsignal.listener.emit-unconfirmed", Boolean.toString(chain.emitUnconfirmed()));
		if (chain.local()) {
			properties.put("chainsignal.listener.chain-id",
					Long.toString(infrastructure.anvil().orElseThrow().chainId()));
			properties.put("chainsignal.listener.poll-interval", "1s");
		}
	}

	private static void notification(Map<String, String> properties, StackSettings settings,
			Infrastructure infrastructure, String apiKey) {
		database(properties, infrastructure.postgres().database("notification"));
		properties.put("spring.mail.host", infrastructure.mail().host());
		properties.put("spring.mail.port", Integer.toString(infrastructure.mail().smtpPort()));
		properties.put("chainsignal.security.api-keys." + TENANT, sha256(apiKey));
		// the demo receiver listens on 127.0.0.1; unsafe in production
		// (docs/notifications.md, SSRF guard)
		properties.put("chainsignal.notification.webhook.allow-private-targets", "true");
		properties.put("chainsignal.notification.email.link-base-url",
				"http://127.0.0.1:" + settings.ports().notification());
	}

	private static void fraud(Map<String, String> properties, StackSettings settings, Infrastructure infrastructure,
			String apiKey) {
		database(properties, infrastructure.postgres().database("fraud"));
		properties.put("spring.kafka.streams.state-dir", settings.data().fraudStreams().toAbsolutePath().toString());
		properties.put("chainsignal.security.api-keys." + TENANT, sha256(apiKey));
		properties.put("chainsignal.security.admin-tenants", TENANT);
	}

	private static void database(Map<String, String> properties, Database database) {
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
	}

	static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
