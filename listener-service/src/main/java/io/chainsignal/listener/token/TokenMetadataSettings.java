package io.chainsignal.listener.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token metadata lookups.
 *
 * @param enabled whether events carry {@code token} at all
 * @param cacheSize how many tokens the cache holds at most
 * @param retryUnknownAfter how long a token whose calls failed stays {@code null} before
 * it is asked again
 */
@ConfigurationProperties("chainsignal.listener.token-metadata")
public record TokenMetadataSettings(@DefaultValue("true") boolean enabled, @DefaultValue("100000") long cacheSize,
		@DefaultValue("1h") Duration retryUnknownAfter) {
}
