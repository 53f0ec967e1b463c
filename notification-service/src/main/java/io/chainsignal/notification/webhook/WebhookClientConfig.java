package io.chainsignal.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client of webhook deliveries: no redirects, no automatic retries, no proxy,
 * timeouts from {@link WebhookSettings}, and name resolution through the
 * {@link TargetGuard}, so the address connected to is the address checked.
 */
@Configuration(proxyBeanMethods = false)
class WebhookClientConfig {

	@Bean
	@ConditionalOnMissingBean
	HostResolver hostResolver() {
		return InetAddress::getAllByName;
	}

	@Bean(destroyMethod = "close")
	CloseableHttpClient webhookHttpClient(TargetGuard guard, WebhookSettings settings) {
		Timeout timeout = Timeout.of(settings.timeout());
		DnsResolver guardedDns = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return guard.resolveAllowed(host);
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}

		};
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(guardedDns)
				.setMaxConnPerRoute(Math.max(1, settings.perEndpointConcurrency()))
				.setMaxConnTotal(1024)
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setRedirectsEnabled(false)
				.setResponseTimeout(timeout)
				.setConnectionRequestTimeout(timeout)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.setUserAgent("ChainSignal-Webhooks/1")
			.build();
	}

}
