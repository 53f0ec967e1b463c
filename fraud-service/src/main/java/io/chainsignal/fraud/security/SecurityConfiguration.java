package io.chainsignal.fraud.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the API-key filter in front of the REST API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(SecuritySettings settings) {
		FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(settings));
		registration.addUrlPatterns("/*");
		return registration;
	}

}
