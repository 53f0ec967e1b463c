package io.chainsignal.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.chainsignal.notification.webhook.WebhookSettings;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The delivery lease against the webhook timeout, bound from properties as Boot binds
 * them at start: the dispatcher refuses a lease that could run out mid-delivery.
 */
class DeliverySettingsTest {

	@Test
	void theDefaultsPass() {
		Map<String, String> none = Map.of();
		DeliverySettings delivery = delivery(none);
		assertThat(delivery.lease()).isEqualTo(Duration.ofSeconds(60));
		assertThat(webhook(none).timeout()).isEqualTo(Duration.ofSeconds(15));
		assertThatNoException().isThrownBy(() -> delivery.requireLeaseBeyond(webhook(none).timeout()));
	}

	@Test
	void aLeaseOfExactlyTwiceTheTimeoutIsRefusedWithBothSettingsNamed() {
		Map<String, String> properties = Map.of("chainsignal.notification.delivery.lease", "30s");
		assertThatIllegalStateException()
			.isThrownBy(() -> delivery(properties).requireLeaseBeyond(webhook(properties).timeout()))
			.withMessageStartingWith("chainsignal.notification.delivery.lease (PT30S) must exceed twice"
					+ " chainsignal.notification.webhook.timeout (PT15S)")
			.withMessageContaining("Set the lease above PT30S");
	}

	@Test
	void aLongerTimeoutNeedsALongerLease() {
		Map<String, String> properties = Map.of("chainsignal.notification.webhook.timeout", "40s");
		assertThatIllegalStateException()
			.isThrownBy(() -> delivery(properties).requireLeaseBeyond(webhook(properties).timeout()))
			.withMessageContaining("(PT1M) must exceed twice chainsignal.notification.webhook.timeout (PT40S)");
		Map<String, String> both = Map.of("chainsignal.notification.webhook.timeout", "40s",
				"chainsignal.notification.delivery.lease", "81s");
		assertThatNoException().isThrownBy(() -> delivery(both).requireLeaseBeyond(webhook(both).timeout()));
	}

	@Test
	void theDispatcherRefusesToBeCreatedWithATooShortLease() {
		Map<String, String> properties = Map.of("chainsignal.notification.delivery.lease", "3s",
				"chainsignal.notification.webhook.timeout", "2s");
		assertThatIllegalStateException()
			.isThrownBy(() -> new Dispatcher(null, null, null, List.of(), delivery(properties), webhook(properties)))
			.withMessageContaining("chainsignal.notification.delivery.lease (PT3S)");
	}

	private static DeliverySettings delivery(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("chainsignal.notification.delivery", DeliverySettings.class);
	}

	private static WebhookSettings webhook(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("chainsignal.notification.webhook", WebhookSettings.class);
	}

}
