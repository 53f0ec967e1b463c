package io.chainsignal.listener.rpc;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Our replacement for the abandoned web3j-spring-boot-starter: a {@link Web3j} bean for
 * {@code web3j.client-address} and an {@link RpcClient} over that endpoint plus
 * {@code web3j.fallback-addresses}.
 */
@AutoConfiguration
@EnableConfigurationProperties({ Web3jProperties.class, RpcRetrySettings.class })
public class RpcAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RpcClient rpcClient(Web3jProperties properties, RpcRetrySettings retry, MeterRegistry meters) {
		OkHttpClient http = httpClient(properties);
		List<RpcEndpoint> endpoints = new ArrayList<>();
		List<String> addresses = properties.allAddresses();
		for (int i = 0; i < addresses.size(); i++) {
			String url = addresses.get(i);
			String label = (i == 0) ? "primary" : "fallback-" + i;
			endpoints.add(new RpcEndpoint(label, RedactedUrl.of(url), Web3j.build(new HttpService(url, http))));
		}
		return new RpcClient(endpoints, retry, meters, Clock.systemUTC());
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean
	Web3j web3j(RpcClient rpc) {
		return rpc.primary();
	}

	/**
	 * Concurrent JSON-RPC calls (parallel log ranges, token metadata) run here, one
	 * pooled platform thread each. Not virtual threads: in an executable jar, concurrent
	 * class loading can pin every carrier and stop them all (docs/deploy.md, "Threads").
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(name = "rpcExecutor")
	ExecutorService rpcExecutor() {
		return Executors.newCachedThreadPool(Thread.ofPlatform().name("rpc-", 0).daemon().factory());
	}

	@Bean
	RpcHealthIndicator rpcHealthIndicator(RpcClient rpc) {
		return new RpcHealthIndicator(rpc);
	}

	private static OkHttpClient httpClient(Web3jProperties properties) {
		Duration timeout = Duration.ofSeconds(properties.httpTimeoutSeconds());
		return new OkHttpClient.Builder()
			.connectTimeout(Duration.ofSeconds(Math.min(10, properties.httpTimeoutSeconds())))
			.readTimeout(timeout)
			.writeTimeout(timeout)
			.callTimeout(timeout)
			.followRedirects(false)
			.followSslRedirects(false)
			.retryOnConnectionFailure(false)
			.addInterceptor(new HttpStatusInterceptor())
			.build();
	}

}
