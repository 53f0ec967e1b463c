package io.chainsignal.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Records successful attempts in groups: the senders of an instance hand their successes
 * to one writer thread, which records everything that arrived meanwhile in one statement
 * (a group commit) and then answers each sender. A success is the most frequent outcome;
 * recorded one statement each, 64 senders held up to 64 of the pool's connections, so the
 * dispatcher's claim and the consumer's transaction waited for one, and every delivery
 * cost a round trip and a commit. A sender still waits until its result is written, so
 * nothing about when a delivery counts as done changes.
 */
@Component
class SuccessRecorder implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SuccessRecorder.class);

	/** Successes written by one statement at most. */
	static final int MAX_GROUP = 256;

	private final DeliveryStore deliveries;

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean running = true;

	SuccessRecorder(DeliveryStore deliveries) {
		this.deliveries = deliveries;
		this.writer = Thread.ofPlatform().name("delivery-success-writer").daemon().start(this::run);
	}

	/**
	 * Records a success under the claim that made the attempt, with the next group.
	 * @param delivery the delivery
	 * @param statusCode the answer's status, or null
	 * @return false when the claim was no longer this attempt's (the result is dropped)
	 * @throws RuntimeException when the result could not be written (the lease runs out
	 * and the delivery is tried again)
	 */
	boolean record(ClaimedDelivery delivery, Integer statusCode) {
		if (!this.running) {
			return this.deliveries.succeeded(delivery, statusCode);
		}
		Pending pending = new Pending(delivery, statusCode, new CompletableFuture<>());
		this.queue.add(pending);
		return pending.recorded().join();
	}

	private void run() {
		List<Pending> group = new ArrayList<>(MAX_GROUP);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.queue.drainTo(group, MAX_GROUP - 1);
				write(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				group.clear();
			}
		}
		failAll(new IllegalStateException("the success writer stopped"));
	}

	private void write(List<Pending> group) {
		try {
			Set<java.util.UUID> recorded = this.deliveries.succeededAll(
					group.stream().map((p) -> new DeliveryStore.Success(p.delivery(), p.statusCode())).toList());
			group.forEach((p) -> p.recorded().complete(recorded.contains(p.delivery().id())));
		}
		catch (RuntimeException ex) {
			// a deadlock with a concurrent cancellation or a lost connection fails the
			// whole
			// statement: record each on its own, so that one row's trouble costs no other
			// delivery a second attempt
			logger.debug("Recording {} successes at once failed, recording each: {}", group.size(), ex.toString());
			for (Pending p : group) {
				try {
					p.recorded().complete(this.deliveries.succeeded(p.delivery(), p.statusCode()));
				}
				catch (RuntimeException one) {
					p.recorded().completeExceptionally(one);
				}
			}
		}
	}

	private void failAll(RuntimeException ex) {
		for (Pending p = this.queue.poll(); p != null; p = this.queue.poll()) {
			p.recorded().completeExceptionally(ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		this.writer.join(10_000);
		failAll(new IllegalStateException("the service is stopping"));
	}

	private record Pending(ClaimedDelivery delivery, Integer statusCode, CompletableFuture<Boolean> recorded) {
	}

}
