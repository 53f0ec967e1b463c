package io.chainsignal.analytics.web;

import java.time.Clock;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's settings, clock (windows are relative to it) and OpenAPI description.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
class WebConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	OpenAPI analyticsOpenApi() {
		return new OpenAPI().info(new Info().title("ChainSignal analytics API")
			.version("v1")
			.description("Dashboard queries over ERC-20/721/1155 transfers. Amounts are decimal strings in base "
					+ "units, with a decimals-adjusted string where the token's decimals are known. Only CONFIRMED "
					+ "transfers are counted; UNCONFIRMED ones appear as PENDING in the transfer lists. Balances are "
					+ "net flows per chain, token and holder since the first indexed block, not on-chain "
					+ "balanceOf values. Errors are RFC 9457 problem details."));
	}

}
