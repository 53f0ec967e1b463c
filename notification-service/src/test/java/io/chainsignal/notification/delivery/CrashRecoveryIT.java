package io.chainsignal.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.SubscriptionStore;
import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;
import io.chainsignal.notification.support.WebhookReceiver.Received;
import io.chainsignal.notification.webhook.WebhookSettings;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dispatcher that dies mid-delivery loses nothing: its claim is a lease, so the
 * delivery is due again when the lease ends and another dispatcher completes it, once in
 * the outbox; a result the dead worker would still report is refused.
 */
class CrashRecoveryIT extends NotificationIntegrationTest {

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	DeliveryStore store;

	@Autowired
	SubscriptionStore subscriptions;

	@Autowired
	DeliveryOutcomes outcomes;

	@Autowired
	DeliverySettings settings;

	@Autowired
	WebhookSettings webhookSettings;

	@Autowired
	List<ChannelSender> senders;

	@AfterEach
	void restart() {
		this.dispatcher.start();
	}

	@Test
	void aDeliveryClaimedByAWorkerThatDiedIsCompletedOnceAfterItsLease() {
		this.dispatcher.stop();
		Endpoint endpoint = this.receiver.endpoint();
		UUID delivery = pendingDelivery(endpoint);

		// what a worker does first; then it dies
		Duration lease = Duration.ofSeconds(2);
		Instant claimedAt = Instant.now();
		DeliveryStore.Claim claim = this.store.claim(100, lease)
			.stream()
			.filter((c) -> c.id().equals(delivery))
			.findFirst()
			.orElseThrow();
		this.dispatcher.start();

		Received received = endpoint.await(1, WAIT).get(0);
		assertThat(Duration.between(claimedAt, received.at())).isGreaterThanOrEqualTo(lease.minusMillis(100));
		awaitStatus(delivery, "succeeded", 1);
		ClaimedDelivery zombie = new ClaimedDelivery(claim.id(), claim.claimToken(), claim.webhookId(),
				claim.eventType(), claim.payload(), claim.attempts(), null);
		assertThat(this.store.succeeded(zombie, 204)).as("a dead worker's late result").isFalse();
		assertThat(this.store.succeededAll(List.of(new DeliveryStore.Success(zombie, 204))))
			.as("the same result recorded with a group of successes")
			.isEmpty();
		assertThat(endpoint.received()).hasSize(1);
	}

	@Test
	void aWorkerKilledAfterSendingBeforeRecordingIsRetriedWithTheSameWebhookId() {
		this.dispatcher.stop();
		Endpoint endpoint = this.receiver.endpoint();
		UUID delivery = pendingDelivery(endpoint);

		ChannelSender webhooks = this.senders.stream()
			.filter((s) -> s.channel() == Channel.WEBHOOK)
			.findFirst()
			.orElseThrow();
		Dispatcher doomed = new Dispatcher(this.store, this.subscriptions, this.outcomes,
				List.of(new SendsThenDies(webhooks)), this.settings, this.webhookSettings);
		doomed.start();
		Received first = endpoint.await(1, WAIT).get(0);
		doomed.stop();
		assertThat(statusOf(delivery)).isEqualTo("pending");

		this.dispatcher.start();
		List<Received> received = endpoint.await(2, WAIT);
		assertThat(received.get(1).webhookId()).isEqualTo(first.webhookId());
		assertThat(received.get(1).body()).isEqualTo(first.body());
		awaitStatus(delivery, "succeeded", 1);
	}

	private UUID pendingDelivery(Endpoint endpoint) {
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme,
				webhook(endpoint.url(), 1, "{\"addresses\": [\"" + watched + "\"]}"));
		Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
		UUID subscription = UUID.fromString(created.path("id").asString());
		return await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select id from delivery where subscription_id = ? and status = 'pending'")
				.param(subscription)
				.query(UUID.class)
				.optional()
				.orElse(null), (id) -> id != null);
	}

	private String statusOf(UUID delivery) {
		return this.jdbc.sql("select status from delivery where id = ?").param(delivery).query(String.class).single();
	}

	private void awaitStatus(UUID delivery, String status, int attempts) {
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(statusOf(delivery)).isEqualTo(status);
			assertThat(this.jdbc.sql("select attempts from delivery where id = ?")
				.param(delivery)
				.query(Integer.class)
				.single()).isEqualTo(attempts);
		});
	}

	/**
	 * Makes the real HTTP attempt, then dies before its outcome can be recorded.
	 */
	record SendsThenDies(ChannelSender real) implements ChannelSender {

		@Override
		public Channel channel() {
			return this.real.channel();
		}

		@Override
		public String endpoint(ClaimedDelivery delivery) {
			return this.real.endpoint(delivery);
		}

		@Override
		public Outcome send(ClaimedDelivery delivery) {
			this.real.send(delivery);
			throw new IllegalStateException("simulated crash between sending and recording");
		}

	}

}
