package io.chainsignal.listener.checkpoint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics the listener creates at start when they do not exist (on Amazon MSK, which
 * does not auto-create topics, the Helm chart's hook job creates them first).
 *
 * @param create whether to create missing topics at start
 * @param partitions partitions of {@code token-transfers}: the ceiling of each consumer
 * group's parallelism
 * @param replicas replication factor, or -1 for the broker default
 */
@ConfigurationProperties("chainsignal.listener.topics")
public record TopicSettings(@DefaultValue("true") boolean create, @DefaultValue("6") int partitions,
		@DefaultValue("-1") int replicas) {
}
