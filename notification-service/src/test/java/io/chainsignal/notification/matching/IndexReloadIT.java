package io.chainsignal.notification.matching;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.KafkaProgress;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscription changes made by another instance (written straight to the table here, so
 * this instance gets no event) take effect through the periodic reload within seconds.
 */
class IndexReloadIT extends NotificationIntegrationTest {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	@Test
	void subscriptionsWrittenByAnotherInstanceAreMatchedAfterTheReload() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		UUID id = insertAsAnotherInstance(endpoint, watched, "clock_timestamp()");

		awaitDelivered(endpoint, watched);
		assertThat(endpoint.received().get(0).signedBy(SECRET)).isTrue();

		this.jdbc.sql("update subscription set status = 'paused', updated_at = clock_timestamp() where id = ?")
			.param(id)
			.update();
		await().atMost(WAIT).pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
			int before = outboxEvents(id.toString()).size();
			Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
			KafkaProgress.awaitConsumed(WAIT);
			return outboxEvents(id.toString()).size() == before;
		});
	}

	/**
	 * Another instance's transaction took its version 5 seconds before it committed, so
	 * the row appears with a version older than reloads that already ran: the overlap
	 * still finds it.
	 */
	@Test
	void aRowCommittedAfterTheReloadsThatFollowedItsVersionIsStillRead() {
		Endpoint endpoint = this.receiver.endpoint();
		String watched = Events.address();
		// reloads run every 500 ms in these tests: several ran during those 5 seconds
		insertAsAnotherInstance(endpoint, watched, "clock_timestamp() - interval '5 seconds'");

		awaitDelivered(endpoint, watched);
		assertThat(endpoint.received().get(0).signedBy(SECRET)).isTrue();
	}

	private UUID insertAsAnotherInstance(Endpoint endpoint, String watched, String version) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into subscription (id, tenant, name, chain_id, channel, target, filter, status, secret,
				    updated_at)
				values (?, 'acme', 'other instance', 1, 'webhook', ?, ?::jsonb, 'active', ?, %s)""".formatted(version))
			.params(id, endpoint.url(), """
					{"addresses": ["%s"], "direction": "any", "tokens": [], "token_standards": [],
					 "min_value": null, "event_types": ["transfer.confirmed"], "min_risk_score": null,
					 "suppress_suspicious": true}""".formatted(watched), SECRET)
			.update();
		return id;
	}

	private static void awaitDelivered(Endpoint endpoint, String watched) {
		// published until one arrives: the first ones may be consumed before the reload
		await().atMost(WAIT).pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
			Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
			return !endpoint.received().isEmpty();
		});
	}

}
