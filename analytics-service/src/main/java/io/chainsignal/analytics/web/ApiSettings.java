package io.chainsignal.analytics.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the REST API, under {@code chainsignal.analytics.api}.
 *
 * @param defaultLimit the page size when a request names none
 * @param maxLimit larger limits are capped to this
 * @param maxSeriesPoints the most buckets one series request may span
 */
@ConfigurationProperties("chainsignal.analytics.api")
public record ApiSettings(@DefaultValue("20") int defaultLimit, @DefaultValue("100") int maxLimit,
		@DefaultValue("1000") int maxSeriesPoints) {

}
