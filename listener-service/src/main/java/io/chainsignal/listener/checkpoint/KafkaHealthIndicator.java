package io.chainsignal.listener.checkpoint;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN while no Kafka broker answers within a few seconds; part of the readiness group.
 */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private static final int TIMEOUT_MS = 3000;

	private final Admin admin;

	KafkaHealthIndicator(Admin admin) {
		this.admin = admin;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		Collection<Node> nodes = this.admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
			.nodes()
			.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
		builder.up().withDetail("brokers", nodes.size());
	}

	@Override
	public void destroy() {
		this.admin.close();
	}

}
