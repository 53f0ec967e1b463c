package io.chainsignal.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.chainsignal.notification.delivery.EndpointLane.Admission;
import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.Digest;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint lane admits {@code limit} deliveries, queues as many more, refuses the
 * rest, hands a slot to the oldest waiting delivery when a request is over, and names the
 * subscriptions it holds so that a full lane's deliveries stay in the outbox.
 */
class EndpointLaneTest {

	@Test
	void admitsQueuesAndRefusesByTheLimit() {
		EndpointLane lane = new EndpointLane(2);
		assertThat(lane.offer(delivery("a"))).isEqualTo(Admission.START);
		assertThat(lane.offer(delivery("b"))).isEqualTo(Admission.START);
		assertThat(lane.offer(delivery("c"))).isEqualTo(Admission.QUEUED);
		assertThat(lane.offer(delivery("d"))).isEqualTo(Admission.QUEUED);
		assertThat(lane.offer(delivery("e"))).isEqualTo(Admission.FULL);
	}

	@Test
	void aFullLaneNamesTheSubscriptionsItHoldsUntilOneFinishes() {
		EndpointLane lane = new EndpointLane(1);
		ClaimedDelivery a = delivery("a");
		ClaimedDelivery b = delivery("b");
		lane.offer(a);
		assertThat(lane.full()).isFalse();
		lane.offer(b);
		assertThat(lane.full()).isTrue();
		assertThat(lane.subscriptions()).containsExactlyInAnyOrder(a.subscription().id(), b.subscription().id());
		assertThat(lane.next(a)).isSameAs(b);
		assertThat(lane.full()).isFalse();
		assertThat(lane.subscriptions()).containsExactly(b.subscription().id());
		assertThat(lane.next(b)).isNull();
		assertThat(lane.subscriptions()).isEmpty();
	}

	@Test
	void aFullLaneNamesTheSubscriptionsItRefusedUntilItHasRoomAgain() {
		EndpointLane lane = new EndpointLane(1);
		ClaimedDelivery a = delivery("a");
		ClaimedDelivery b = delivery("b");
		ClaimedDelivery refused = delivery("c");
		lane.offer(a);
		lane.offer(b);
		assertThat(lane.offer(refused)).isEqualTo(Admission.FULL);
		assertThat(lane.subscriptions()).containsExactlyInAnyOrder(a.subscription().id(), b.subscription().id(),
				refused.subscription().id());
		lane.next(a);
		assertThat(lane.full()).isFalse();
		assertThat(lane.subscriptions()).containsExactly(b.subscription().id());
	}

	@Test
	void aSubscriptionStaysNamedWhileAnyOfItsDeliveriesIsHeld() {
		EndpointLane lane = new EndpointLane(2);
		UUID subscription = UUID.randomUUID();
		ClaimedDelivery first = delivery("a", subscription);
		ClaimedDelivery second = delivery("b", subscription);
		lane.offer(first);
		lane.offer(second);
		assertThat(lane.next(first)).isNull();
		assertThat(lane.subscriptions()).containsExactly(subscription);
		assertThat(lane.next(second)).isNull();
		assertThat(lane.subscriptions()).isEmpty();
	}

	@Test
	void aFinishedRequestHandsItsSlotToTheOldestWaitingDelivery() {
		EndpointLane lane = new EndpointLane(1);
		ClaimedDelivery a = delivery("a");
		lane.offer(a);
		lane.offer(delivery("b"));
		assertThat(lane.offer(delivery("c"))).isEqualTo(Admission.FULL);
		ClaimedDelivery b = lane.next(a);
		assertThat(b.webhookId()).isEqualTo("b");
		// b holds the slot now: nothing waits, a new one queues
		assertThat(lane.offer(delivery("d"))).isEqualTo(Admission.QUEUED);
		ClaimedDelivery d = lane.next(b);
		assertThat(d.webhookId()).isEqualTo("d");
		assertThat(lane.next(d)).isNull();
		// the slot was given back
		assertThat(lane.offer(delivery("e"))).isEqualTo(Admission.START);
	}

	private static ClaimedDelivery delivery(String webhookId) {
		return delivery(webhookId, UUID.randomUUID());
	}

	private static ClaimedDelivery delivery(String webhookId, UUID subscriptionId) {
		Subscription subscription = new Subscription(subscriptionId, "tenant", "lane test", 1, Channel.WEBHOOK,
				"http://receiver.example:8080/hook", null, Digest.NONE, SubscriptionStatus.ACTIVE, null, "whsec_x",
				null, null, null, null, Instant.EPOCH, Instant.EPOCH);
		return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), webhookId, "transfer.confirmed", "{}", 0,
				subscription);
	}

}
