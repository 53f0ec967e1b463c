package io.chainsignal.notification.delivery;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.chainsignal.notification.delivery.EndpointLane.Admission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint lane admits {@code limit} deliveries, queues as many more, refuses the
 * rest, and hands a slot to the oldest waiting delivery when a request is over.
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
	void aFinishedRequestHandsItsSlotToTheOldestWaitingDelivery() {
		EndpointLane lane = new EndpointLane(1);
		lane.offer(delivery("a"));
		lane.offer(delivery("b"));
		assertThat(lane.offer(delivery("c"))).isEqualTo(Admission.FULL);
		assertThat(lane.next().webhookId()).isEqualTo("b");
		// b holds the slot now: nothing waits, a new one queues
		assertThat(lane.offer(delivery("d"))).isEqualTo(Admission.QUEUED);
		assertThat(lane.next().webhookId()).isEqualTo("d");
		assertThat(lane.next()).isNull();
		// the slot was given back
		assertThat(lane.offer(delivery("e"))).isEqualTo(Admission.START);
	}

	private static ClaimedDelivery delivery(String webhookId) {
		return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), webhookId, "transfer.confirmed", "{}", 0,
				null);
	}

}
