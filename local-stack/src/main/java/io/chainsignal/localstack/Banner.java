package io.chainsignal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.chainsignal.localstack.inbox.InboxServer;
import io.chainsignal.localstack.stack.Service;
import io.chainsignal.localstack.stack.Stack;

/**
 * What a user needs once the stack is up: every URL, printed as a banner and written to
 * {@code stack.properties} in the data directory for scripts and tests (its keys are the
 * same as the banner's).
 */
final class Banner {

	static final String READY = "ChainSignal local stack is ready";

	private Banner() {
	}

	static Map<String, String> endpoints(Stack stack, InboxServer inbox) {
		Map<String, String> urls = new LinkedHashMap<>();
		urls.put("listener", stack.uri(Service.LISTENER) + "/actuator/listener");
		urls.put("analytics", stack.uri(Service.ANALYTICS) + "/api/v1/tokens");
		urls.put("analytics.swagger", stack.uri(Service.ANALYTICS) + "/swagger-ui.html");
		urls.put("notification", stack.uri(Service.NOTIFICATION) + "/api/v1/subscriptions");
		urls.put("notification.swagger", stack.uri(Service.NOTIFICATION) + "/swagger-ui.html");
		urls.put("fraud", stack.uri(Service.FRAUD) + "/api/v1/alerts");
		urls.put("fraud.swagger", stack.uri(Service.FRAUD) + "/swagger-ui.html");
		urls.put("webhooks", inbox.webhookUri().toString());
		urls.put("mails", inbox.baseUri().resolve("/mails").toString());
		urls.put("kafka", stack.infrastructure().kafka().bootstrapServers());
		urls.put("postgres", "jdbc:postgresql://localhost:" + stack.infrastructure().postgres().port()
				+ "/{analytics,notification,fraud} (user postgres)");
		urls.put("smtp", stack.infrastructure().mail().host() + ":" + stack.infrastructure().mail().smtpPort());
		urls.put("ethereum", stack.infrastructure().anvil().map((anvil) -> anvil.rpcUrl()).orElse("ETH_RPC_URL"));
		urls.put("api-key-file", stack.settings().data().apiKeyFile().toString());
		return urls;
	}

	static String render(Map<String, String> urls, boolean demo, long seconds) {
		String lines = urls.entrySet()
			.stream()
			.map((entry) -> String.format("  %-21s %s", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining("\n"));
		return "\n" + "=".repeat(100) + "\n  " + READY + " (" + seconds + " s)"
				+ (demo ? ", demo traffic running" : ", no demo traffic") + "\n\n" + lines + "\n\n"
				+ "  notification and fraud want the tenant's key:  -H \"Authorization: Bearer $(cat "
				+ urls.get("api-key-file") + ")\"\n" + "  Ctrl-C stops everything; the data stays in "
				+ Path.of(urls.get("api-key-file")).getParent() + " (-Dlocal-stack.wipe=true starts afresh)\n"
				+ "=".repeat(100) + "\n";
	}

	static void write(Path file, Map<String, String> urls) {
		String content = urls.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("\n", "", "\n"));
		try {
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

}
