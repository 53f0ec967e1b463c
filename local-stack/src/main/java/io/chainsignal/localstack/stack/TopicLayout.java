package io.chainsignal.localstack.stack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import io.chainsignal.common.topic.Topics;

/**
 * Every topic of the suite with its partition count, created before any service starts.
 *
 * <p>
 * The counts are the ones each service would create itself (docs/listener.md,
 * analytics.md, notifications.md, fraud.md), written down here so that the layout does
 * not depend on which service happens to start first. analytics and notification choose a
 * dead letter's partition by its key, so their dead-letter topics need not match the
 * source; fraud's dead letters are partitioned by key too. {@code listener-checkpoints}
 * is compacted and takes records of up to 16 MiB, as the listener requires.
 */
final class TopicLayout {

	static final List<NewTopic> TOPICS = List.of(new NewTopic(Topics.TOKEN_TRANSFERS, 6, (short) 1),
			new NewTopic(Topics.LISTENER_CHECKPOINTS, 1, (short) 1)
				.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
						TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024))),
			new NewTopic(Topics.FRAUD_ALERTS, 3, (short) 1),
			new NewTopic(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT, 6, (short) 1),
			new NewTopic(Topics.TOKEN_TRANSFERS_NOTIFICATION_DLT, 3, (short) 1),
			new NewTopic(Topics.TOKEN_TRANSFERS_FRAUD_DLT, 3, (short) 1),
			new NewTopic(Topics.FRAUD_ALERTS_NOTIFICATION_DLT, 1, (short) 1));

	private TopicLayout() {
	}

	/**
	 * Creates the topics that do not exist yet; existing ones (a restart) are left as
	 * they are.
	 * @param bootstrapServers the broker
	 * @return the names of the topics created now
	 */
	static List<String> createMissing(String bootstrapServers) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = TOPICS.stream().filter((topic) -> !existing.contains(topic.name())).toList();
			admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
			return missing.stream().map(NewTopic::name).toList();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not create the topics on " + bootstrapServers, ex);
		}
	}

}
