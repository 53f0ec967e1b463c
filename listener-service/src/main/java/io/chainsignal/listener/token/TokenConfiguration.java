package io.chainsignal.listener.token;

import java.util.concurrent.Executors;

import io.chainsignal.listener.rpc.RpcClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires token metadata lookups; each lookup runs on a virtual thread. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenMetadataSettings.class)
class TokenConfiguration {

	@Bean(destroyMethod = "close")
	java.util.concurrent.ExecutorService tokenMetadataExecutor() {
		return Executors.newVirtualThreadPerTaskExecutor();
	}

	@Bean
	TokenMetadata tokenMetadata(RpcClient rpc, TokenMetadataSettings settings,
			java.util.concurrent.ExecutorService tokenMetadataExecutor) {
		return new TokenMetadata(rpc, settings, tokenMetadataExecutor);
	}

}
