package io.chainsignal.notification;

import java.util.List;
import java.util.stream.Stream;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.kafka.KafkaServer;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.postgres.Database;

import org.springframework.boot.SpringApplication;

/**
 * Runs the service against the embedded servers of test-support, with nothing installed:
 * {@code ./mvnw -pl notification-service spring-boot:test-run}. The API key is
 * {@code local-dev-key} (tenant {@code local}); private webhook targets are allowed.
 */
public final class TestNotificationApplication {

	/** SHA-256 of {@code local-dev-key}. */
	private static final String LOCAL_KEY_SHA256 = "ed5a18fb8f807f996d649e379d3f35f39c543a91bdbf88c492f2ebd10d4df86c";

	private TestNotificationApplication() {
	}

	public static void main(String[] args) {
		KafkaServer kafka = TestServers.kafka();
		for (String topic : List.of(Topics.TOKEN_TRANSFERS, Topics.FRAUD_ALERTS)) {
			kafka.createTopic(topic, 3);
		}
		Database database = TestServers.postgres().createDatabase("notification");
		MailServer mail = TestServers.mail();
		String[] servers = { "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--spring.mail.host=" + mail.host(),
				"--spring.mail.port=" + mail.smtpPort(), "--chainsignal.security.api-keys.local=" + LOCAL_KEY_SHA256,
				"--chainsignal.notification.webhook.allow-private-targets=true" };
		SpringApplication.run(NotificationApplication.class,
				Stream.concat(Stream.of(servers), Stream.of(args)).toArray(String[]::new));
	}

}
