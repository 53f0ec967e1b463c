package io.chainsignal.fraud.allowlist;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configured allowlist under {@code chainsignal.fraud.allowlist.addresses}: address to
 * the detector ids it suppresses ({@code "*"}, or an empty list, for all), for exchanges,
 * routers, bridges and pools known up front.
 *
 * @param addresses address to detector ids
 */
@ConfigurationProperties("chainsignal.fraud.allowlist")
public record AllowlistSettings(Map<String, List<String>> addresses) {

	public AllowlistSettings {
		addresses = (addresses != null) ? Map.copyOf(addresses) : Map.of();
	}

}
