package io.chainsignal.ops.deadletters;

import java.util.Map;

/**
 * What one replay does.
 *
 * @param deadLetterTopic the dead-letter topic to read, e.g.
 * {@code token-transfers-analytics-dlt}
 * @param targetTopic where to write, or {@code null} to use each record's
 * {@code kafka_dlt-original-topic} header
 * @param group the consumer group whose committed offsets remember what was replayed
 * @param onlyValid replay only records that now pass the contract of their target topic;
 * the others are reported and passed over
 * @param dryRun report what would be replayed, write nothing and commit nothing
 * @param clientProperties Kafka client properties: {@code bootstrap.servers} and any
 * security settings
 */
public record ReplaySettings(String deadLetterTopic, String targetTopic, String group, boolean onlyValid,
		boolean dryRun, Map<String, Object> clientProperties) {

	public ReplaySettings {
		clientProperties = Map.copyOf(clientProperties);
	}

}
