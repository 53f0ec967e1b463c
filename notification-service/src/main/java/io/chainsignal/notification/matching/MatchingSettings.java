package io.chainsignal.notification.matching;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matching settings.
 *
 * @param reloadInterval how often the index reads subscriptions changed on other
 * instances
 * @param dustBelow ERC-20 amounts below this many whole tokens are dust (only when the
 * token's decimals are known)
 * @param suppressingDetectors fraud-service detector ids whose alerts mark their evidence
 * transfers as suspicious
 */
@ConfigurationProperties("chainsignal.notification.matching")
public record MatchingSettings(@DefaultValue("2s") Duration reloadInterval,
		@DefaultValue("0.0001") BigDecimal dustBelow, @DefaultValue( {
				"zero-value-poisoning", "lookalike-counterparty" }) List<String> suppressingDetectors){
}
