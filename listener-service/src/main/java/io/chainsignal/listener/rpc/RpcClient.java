package io.chainsignal.listener.rpc;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;

/**
 * Sends JSON-RPC calls through a list of endpoints. Transient faults (timeouts, resets,
 * HTTP 429 and 5xx, malformed answers, transient JSON-RPC errors) are retried without
 * limit, with jittered exponential backoff under a ceiling, honouring {@code Retry-After}
 * and failing over to the next endpoint after every failure. Every attempt is timed in
 * the {@code chainsignal.listener.rpc.requests} metric by method and outcome.
 */
public class RpcClient {

	private static final Logger log = LoggerFactory.getLogger(RpcClient.class);

	private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

	private final List<RpcEndpoint> endpoints;

	private final RpcRetrySettings retry;

	private final MeterRegistry meters;

	private final Clock clock;

	private final AtomicInteger current = new AtomicInteger();

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	private volatile Instant failedOverAt = Instant.MIN;

	RpcClient(List<RpcEndpoint> endpoints, RpcRetrySettings retry, MeterRegistry meters, Clock clock) {
		if (endpoints.isEmpty()) {
			throw new IllegalArgumentException("at least one JSON-RPC endpoint is needed");
		}
		this.endpoints = List.copyOf(endpoints);
		this.retry = retry;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Sends until the call succeeds; throws {@link RpcCallException} only for errors that
	 * can never succeed.
	 */
	public <T extends Response<?>> T send(String method, Function<Web3j, Request<?, T>> request) {
		try {
			return execute(method, (web3j) -> request.apply(web3j).send(), Response::getError, false);
		}
		catch (RangeTooLargeException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * Sends a block-range query: like {@link #send}, but a range error or a timeout is
	 * handed back to the caller as {@link RangeTooLargeException} so that it can split
	 * the range.
	 */
	public <T extends Response<?>> T sendRange(String method, Function<Web3j, Request<?, T>> request)
			throws RangeTooLargeException {
		return execute(method, (web3j) -> request.apply(web3j).send(), Response::getError, true);
	}

	/**
	 * Sends a JSON-RPC batch until the transport succeeds; per-item errors are left to
	 * the caller.
	 */
	public BatchResponse sendBatch(String method, Function<Web3j, BatchRequest> batch) {
		try {
			return execute(method, (web3j) -> {
				BatchResponse response = batch.apply(web3j).send();
				if (response.getResponses().size() != response.getRequests().size()) {
					throw new IOException("batch answered " + response.getResponses().size() + " of "
							+ response.getRequests().size() + " requests");
				}
				return response;
			}, (response) -> null, false);
		}
		catch (RangeTooLargeException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * One attempt, no retry: for calls whose failure is acceptable (token metadata). A
	 * JSON-RPC error answer is returned as it is; a transport failure throws
	 * {@link RpcCallException}.
	 */
	public <T extends Response<?>> T sendOnce(String method, Function<Web3j, Request<?, T>> request) {
		RpcEndpoint endpoint = endpoint();
		long start = System.nanoTime();
		try {
			T response = request.apply(endpoint.web3j()).send();
			record(method, endpoint, response.hasError() ? Outcome.RPC_ERROR : Outcome.SUCCESS, start);
			return response;
		}
		catch (IOException | RuntimeException ex) {
			record(method, endpoint, Outcome.of(ex), start);
			throw new RpcCallException(method + " failed: " + ex.getMessage(), ex);
		}
	}

	/** False while every endpoint failed its latest attempt. */
	public boolean available() {
		return this.consecutiveFailures.get() < this.endpoints.size();
	}

	/**
	 * The primary endpoint's plain web3j client (no retries), for code that wants web3j
	 * itself.
	 */
	Web3j primary() {
		return this.endpoints.getFirst().web3j();
	}

	/** The endpoint calls go to now, redacted. */
	public String currentEndpoint() {
		return endpoint().redactedUrl();
	}

	private <T> T execute(String method, Call<T> call, Function<T, Response.Error> errorOf, boolean rangeQuery)
			throws RangeTooLargeException {
		int attempt = 0;
		while (true) {
			RpcEndpoint endpoint = endpoint();
			long start = System.nanoTime();
			Duration retryAfter = null;
			String problem;
			try {
				T response = call.send(endpoint.web3j());
				Response.Error error = errorOf.apply(response);
				if (error == null) {
					record(method, endpoint, Outcome.SUCCESS, start);
					this.consecutiveFailures.set(0);
					return response;
				}
				if (rangeQuery && RpcErrors.isRangeError(error)) {
					record(method, endpoint, Outcome.RANGE_TOO_LARGE, start);
					this.consecutiveFailures.set(0);
					throw new RangeTooLargeException(method + ": " + error.getMessage());
				}
				record(method, endpoint, Outcome.RPC_ERROR, start);
				if (RpcErrors.isPermanent(error)) {
					this.consecutiveFailures.set(0);
					throw new RpcCallException(error.getCode(), method + " failed: " + error.getMessage());
				}
				problem = "JSON-RPC error " + error.getCode() + " " + error.getMessage();
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof RpcCallException permanent) {
					throw permanent;
				}
				Outcome outcome = Outcome.of(ex);
				record(method, endpoint, outcome, start);
				if (rangeQuery && ex instanceof InterruptedIOException) {
					throw new RangeTooLargeException(method + " timed out");
				}
				if (ex instanceof RpcHttpException http) {
					retryAfter = http.retryAfter();
				}
				problem = outcome.tag() + ": " + ex.getMessage();
			}
			int failures = this.consecutiveFailures.incrementAndGet();
			failover(endpoint);
			Duration pause = backoff(attempt++, retryAfter);
			if (failures == this.endpoints.size()) {
				log.warn("No JSON-RPC endpoint answers ({} failed: {}); retrying every {} at most", endpoint.label(),
						problem, this.retry.maxBackoff());
			}
			else {
				log.info("{} on {} ({}) failed: {}; retry in {} ms", method, endpoint.label(), endpoint.redactedUrl(),
						problem, pause.toMillis());
			}
			sleep(pause);
		}
	}

	private RpcEndpoint endpoint() {
		int index = this.current.get();
		if (index != 0 && this.clock.instant().isAfter(this.failedOverAt.plus(this.retry.primaryRetryAfter()))) {
			this.current.compareAndSet(index, 0);
			index = 0;
		}
		return this.endpoints.get(index);
	}

	private void failover(RpcEndpoint failed) {
		if (this.endpoints.size() == 1) {
			return;
		}
		int index = this.endpoints.indexOf(failed);
		if (this.current.compareAndSet(index, (index + 1) % this.endpoints.size())) {
			this.failedOverAt = this.clock.instant();
		}
	}

	Duration backoff(int attempt, Duration retryAfter) {
		long ceiling = this.retry.maxBackoff().toMillis();
		long exponential = Math.min(ceiling, this.retry.initialBackoff().toMillis() << Math.min(attempt, 30));
		long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
		Duration pause = Duration.ofMillis(jittered);
		if (retryAfter != null) {
			Duration asked = (retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0) ? LONGEST_RETRY_AFTER : retryAfter;
			return (asked.compareTo(pause) > 0) ? asked : pause;
		}
		return pause;
	}

	private void record(String method, RpcEndpoint endpoint, Outcome outcome, long startNanos) {
		Timer.builder("chainsignal.listener.rpc.requests")
			.description("JSON-RPC attempts by method, endpoint and outcome")
			.tag("method", method)
			.tag("endpoint", endpoint.label())
			.tag("outcome", outcome.tag())
			.register(this.meters)
			.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted while waiting to retry a JSON-RPC call");
		}
	}

	@FunctionalInterface
	private interface Call<T> {

		T send(Web3j web3j) throws IOException;

	}

}
