package io.chainsignal.listener.token;

import java.util.concurrent.ExecutorService;

import io.chainsignal.listener.rpc.RpcClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires token metadata lookups; they run on the shared JSON-RPC executor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenMetadataSettings.class)
class TokenConfiguration {

	@Bean
	TokenMetadata tokenMetadata(RpcClient rpc, TokenMetadataSettings settings, ExecutorService rpcExecutor) {
		return new TokenMetadata(rpc, settings, rpcExecutor);
	}

}
