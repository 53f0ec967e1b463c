package io.chainsignal.listener.rpc;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How transient RPC faults are retried: exponential backoff from {@code initialBackoff}
 * up to {@code maxBackoff}, with full jitter. Retries never give up (a block range is
 * never skipped); the ceiling keeps them cheap and the health indicator and metrics keep
 * them visible.
 *
 * @param initialBackoff the first pause after a failure
 * @param maxBackoff the ceiling of one pause
 * @param primaryRetryAfter how long after a failover the primary endpoint is tried again
 */
@ConfigurationProperties("chainsignal.listener.rpc")
public record RpcRetrySettings(@DefaultValue("200ms") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("60s") Duration primaryRetryAfter) {

	public RpcRetrySettings {
		if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException(
					"chainsignal.listener.rpc: initial-backoff must be positive and not above max-backoff");
		}
	}

}
