package io.chainsignal.testsupport.kafka;

import java.util.Map;

/**
 * Broker settings every embedded broker shares: a single node must hold every replica,
 * including those of the transaction log (exactly-once producers need it), and tests
 * should not wait for rebalances.
 */
final class BrokerDefaults {

	static final Map<String, String> SINGLE_NODE = Map.of("offsets.topic.replication.factor", "1",
			"offsets.topic.num.partitions", "1", "transaction.state.log.replication.factor", "1",
			"transaction.state.log.min.isr", "1", "transaction.state.log.num.partitions", "1",
			"share.coordinator.state.topic.replication.factor", "1", "share.coordinator.state.topic.min.isr", "1",
			"group.initial.rebalance.delay.ms", "0", "auto.create.topics.enable", "true");

	private BrokerDefaults() {
	}

}
