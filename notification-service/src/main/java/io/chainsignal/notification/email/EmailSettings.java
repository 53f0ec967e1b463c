package io.chainsignal.notification.email;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email settings.
 *
 * @param linkBaseUrl the public URL of this service, for verification and unsubscribe
 * links
 * @param from the sender address
 * @param requireVerification whether an address must follow a verification link before it
 * is mailed
 * @param digestCheckInterval how often due digests are looked for
 * @param hourly the period of an hourly digest (shortened in tests)
 * @param daily the period of a daily digest
 * @param owners tenant name to the address told when the service disables one of its
 * subscriptions
 */
@ConfigurationProperties("chainsignal.notification.email")
public record EmailSettings(@DefaultValue("http://localhost:8083") String linkBaseUrl,
		@DefaultValue("alerts@chainsignal.local") String from, @DefaultValue("true") boolean requireVerification,
		@DefaultValue("1m") Duration digestCheckInterval, @DefaultValue("1h") Duration hourly,
		@DefaultValue("24h") Duration daily, Map<String, String> owners) {

	public EmailSettings {
		owners = (owners != null) ? Map.copyOf(owners) : Map.of();
	}

}
