package io.chainsignal.listener.rpc;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN while every JSON-RPC endpoint failed its latest attempt; part of the readiness
 * group.
 */
class RpcHealthIndicator extends AbstractHealthIndicator {

	private final RpcClient rpc;

	RpcHealthIndicator(RpcClient rpc) {
		this.rpc = rpc;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("endpoint", this.rpc.currentEndpoint());
		if (this.rpc.available()) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", "no JSON-RPC endpoint answers");
		}
	}

}
