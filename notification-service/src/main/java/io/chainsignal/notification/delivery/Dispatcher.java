package io.chainsignal.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionStore;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dispatcher of one instance: claims due deliveries in batches, sends each on a
 * pooled platform thread under a per-endpoint limit ({@link EndpointLane}), and records
 * the outcome. Several instances share the outbox through {@code SKIP LOCKED}; a claim is
 * a lease, so a delivery whose worker died becomes due again when the lease ends. The
 * loop claims again at once while it finds full batches, is woken by new rows and, when
 * it is (nearly) full, by a quarter batch of freed slots, and otherwise looks every poll
 * interval.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	/**
	 * Refused deliveries are due again at once: their lane keeps them out of claims while
	 * it is full, and its next finished request lets them in.
	 */
	private static final Duration BUSY_ENDPOINT_DELAY = Duration.ZERO;

	private static final Duration CLAIM_FAILURE_PAUSE = Duration.ofSeconds(1);

	private final DeliveryStore deliveries;

	private final SubscriptionStore subscriptions;

	private final DeliveryOutcomes outcomes;

	private final Map<Channel, ChannelSender> senders;

	private final DeliverySettings settings;

	private final int perEndpoint;

	private final Map<String, EndpointLane> endpoints = new ConcurrentHashMap<>();

	private final Semaphore inFlight;

	/** Free slots that make a claim worth its query while deliveries are in flight. */
	private final int room;

	private volatile boolean running;

	private volatile boolean waitingForRoom;

	private volatile Thread loop;

	private ExecutorService workers;

	Dispatcher(DeliveryStore deliveries, SubscriptionStore subscriptions, DeliveryOutcomes outcomes,
			List<ChannelSender> senders, DeliverySettings settings,
			io.chainsignal.notification.webhook.WebhookSettings webhook) {
		settings.requireLeaseBeyond(webhook.timeout());
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.outcomes = outcomes;
		this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
		this.settings = settings;
		this.perEndpoint = webhook.perEndpointConcurrency();
		this.inFlight = new Semaphore(settings.maxInFlight());
		// a quarter batch: enough to make a claim worth its query, small enough that
		// slots held by a few dead endpoints never stop the others' deliveries
		this.room = Math.max(1, Math.min(settings.batchSize(), settings.maxInFlight()) / 4);
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		// platform threads, at most about max-in-flight of them: on virtual threads, two
		// senders loading classes at once could stop the whole service (see
		// docs/deploy.md, "Threads")
		this.workers = Executors.newCachedThreadPool(Thread.ofPlatform().name("delivery-", 0).daemon().factory());
		this.loop = Thread.ofPlatform().name("delivery-dispatcher").daemon().start(this::run);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		LockSupport.unpark(this.loop);
		try {
			this.loop.join(5000);
			this.workers.shutdown();
			if (!this.workers.awaitTermination(30, TimeUnit.SECONDS)) {
				this.workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onEnqueued(DeliveriesEnqueued event) {
		Thread thread = this.loop;
		if (thread != null) {
			LockSupport.unpark(thread);
		}
	}

	private void run() {
		while (this.running) {
			int free = this.inFlight.availablePermits();
			if (free < this.room) {
				// claiming a row or two per query would cost more than it moves, and the
				// lanes hold work meanwhile: wait until a quarter batch of slots is free
				this.waitingForRoom = true;
				if (this.inFlight.availablePermits() < this.room) {
					LockSupport.parkNanos(this.settings.pollInterval().toNanos());
				}
				this.waitingForRoom = false;
				continue;
			}
			int wanted = Math.min(free, this.settings.batchSize());
			int claimed = 0;
			try {
				claimed = dispatchBatch(wanted);
			}
			catch (RuntimeException ex) {
				logger.warn("Cannot claim deliveries, trying again in {}: {}", CLAIM_FAILURE_PAUSE, ex.toString());
				LockSupport.parkNanos(CLAIM_FAILURE_PAUSE.toNanos());
			}
			if (claimed < wanted) {
				// nothing more is due: new rows wake the loop earlier
				LockSupport.parkNanos(this.settings.pollInterval().toNanos());
			}
		}
	}

	private int dispatchBatch(int max) {
		// a full lane would refuse these subscriptions' deliveries: leave them due in the
		// outbox rather than claim them and put them back for a while
		List<UUID> busy = new ArrayList<>();
		for (EndpointLane lane : this.endpoints.values()) {
			if (lane.full()) {
				busy.addAll(lane.subscriptions());
			}
		}
		List<DeliveryStore.Claim> claims = this.deliveries.claim(max, this.settings.lease(), busy);
		if (claims.isEmpty()) {
			return 0;
		}
		Map<UUID, Subscription> owners = this.subscriptions
			.findAll(claims.stream().map(DeliveryStore.Claim::subscriptionId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Subscription::id, Function.identity()));
		List<ClaimedDelivery> refused = new ArrayList<>();
		for (DeliveryStore.Claim claim : claims) {
			ClaimedDelivery delivery = new ClaimedDelivery(claim.id(), claim.claimToken(), claim.webhookId(),
					claim.eventType(), claim.payload(), claim.attempts(), owners.get(claim.subscriptionId()));
			this.inFlight.acquireUninterruptibly();
			if (!admit(delivery)) {
				refused.add(delivery);
			}
		}
		if (!refused.isEmpty()) {
			putBack(refused);
		}
		return claims.size();
	}

	/**
	 * Starts a delivery or queues it in its endpoint's lane.
	 * @return false when the lane is full: the caller puts it back
	 */
	private boolean admit(ClaimedDelivery delivery) {
		EndpointLane lane;
		try {
			ChannelSender sender = this.senders.get(delivery.subscription().channel());
			lane = this.endpoints.computeIfAbsent(sender.endpoint(delivery),
					(key) -> new EndpointLane(this.perEndpoint));
		}
		catch (RuntimeException ex) {
			// the lease runs out and the delivery is tried again
			logger.warn("Delivery {} could not be started: {}", delivery.id(), ex.toString());
			done();
			return true;
		}
		switch (lane.offer(delivery)) {
			case START -> this.workers.execute(() -> send(lane, delivery));
			case QUEUED -> {
				// a sender of this lane takes it
			}
			case FULL -> {
				return false;
			}
		}
		return true;
	}

	/**
	 * Puts the deliveries of a claim that full lanes refused back in the outbox, in one
	 * statement, off the loop's thread; their lanes keep them out of claims until they
	 * have room, and the loop is woken once they are back, in case a lane already has.
	 */
	private void putBack(List<ClaimedDelivery> refused) {
		this.workers.execute(() -> {
			try {
				this.outcomes.release(refused, BUSY_ENDPOINT_DELAY);
			}
			catch (RuntimeException ex) {
				// their lease runs out and they are tried again
				logger.warn("{} deliveries could not be put back: {}", refused.size(), ex.toString());
			}
			finally {
				refused.forEach((delivery) -> done());
				LockSupport.unpark(this.loop);
			}
		});
	}

	/**
	 * Sends a delivery, hands its endpoint slot to the next one waiting in the lane as
	 * soon as the request is over, then records the outcome: the per-endpoint limit
	 * counts requests in flight, not the database work after them.
	 */
	private void send(EndpointLane lane, ClaimedDelivery delivery) {
		Outcome outcome = null;
		try {
			outcome = this.senders.get(delivery.subscription().channel()).send(delivery);
		}
		catch (RuntimeException ex) {
			// the lease runs out and the delivery is tried again
			logger.warn("Delivery {} could not be sent: {}", delivery.id(), ex.toString());
		}
		boolean wasFull = lane.full();
		ClaimedDelivery next = lane.next(delivery);
		if (next != null) {
			this.workers.execute(() -> send(lane, next));
		}
		if (wasFull) {
			// the deliveries the loop left in the outbox for this lane can be claimed now
			LockSupport.unpark(this.loop);
		}
		try {
			if (outcome != null) {
				this.outcomes.record(delivery, outcome);
			}
		}
		catch (RuntimeException ex) {
			// the lease runs out and the delivery is tried again
			logger.warn("Delivery {} could not be recorded: {}", delivery.id(), ex.toString());
		}
		finally {
			done();
		}
	}

	private void done() {
		this.inFlight.release();
		if (this.waitingForRoom && this.inFlight.availablePermits() >= this.room) {
			LockSupport.unpark(this.loop);
		}
	}

}
