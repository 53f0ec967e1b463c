package io.chainsignal.fraud.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes REST API v1 in the OpenAPI document, with the bearer API key every endpoint
 * needs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI fraudApi() {
		return new OpenAPI().info(new Info().title("ChainSignal fraud-service API")
			.version("v1")
			.description("Explainable risk alerts on token transfers: search alerts, give feedback, list detectors, "
					+ "replace the sanctions list (admin). See docs/fraud.md."))
			.components(new Components().addSecuritySchemes("api-key",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("Authorization: Bearer <key>; the service stores only the key's SHA-256.")))
			.addSecurityItem(new SecurityRequirement().addList("api-key"));
	}

}
