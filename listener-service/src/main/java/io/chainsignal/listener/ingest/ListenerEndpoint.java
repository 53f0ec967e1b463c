package io.chainsignal.listener.ingest;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/listener}: where the listener is, how fast it goes, and when it will
 * catch up.
 */
@Endpoint(id = "listener")
class ListenerEndpoint {

	private final ListenerMetrics metrics;

	ListenerEndpoint(ListenerMetrics metrics) {
		this.metrics = metrics;
	}

	@ReadOperation
	ListenerMetrics.Progress progress() {
		return this.metrics.progress();
	}

}
