package io.chainsignal.listener.ingest;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN once the listener stopped for good (a reorg deeper than its window); shows
 * progress otherwise.
 */
class ListenerHealthIndicator extends AbstractHealthIndicator {

	private final ListenerLoop loop;

	private final ListenerMetrics metrics;

	ListenerHealthIndicator(ListenerLoop loop, ListenerMetrics metrics) {
		this.loop = loop;
		this.metrics = metrics;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		ListenerMetrics.Progress progress = this.metrics.progress();
		builder.withDetail("processedBlock", progress.processedBlock()).withDetail("headBlock", progress.headBlock());
		String failure = this.loop.failure();
		if (failure != null) {
			builder.down().withDetail("reason", failure);
		}
		else {
			builder.up();
		}
	}

}
