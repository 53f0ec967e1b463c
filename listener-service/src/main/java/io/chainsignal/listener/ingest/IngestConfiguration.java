package io.chainsignal.listener.ingest;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

import io.chainsignal.listener.chain.ChainReader;
import io.chainsignal.listener.chain.NewHeads;
import io.chainsignal.listener.rpc.RpcClient;
import io.chainsignal.listener.rpc.Web3jProperties;
import io.chainsignal.listener.token.TokenMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the chain follower and checks, before anything runs, that the node is on the
 * configured chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListenerSettings.class)
class IngestConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

	@Bean
	ChainReader chainReader(RpcClient rpc) {
		return new ChainReader(rpc);
	}

	@Bean
	ChainIdentity chainIdentity(ChainReader chain, ListenerSettings settings, Web3jProperties web3j, RpcClient rpc) {
		long chainId = chain.chainId();
		if (settings.chainId() != null && settings.chainId() != chainId) {
			throw new IllegalStateException("The node at " + rpc.currentEndpoint() + " serves chain " + chainId
					+ ", but chainsignal.listener.chain-id is " + settings.chainId()
					+ ": refusing to start. Point web3j.client-address at a node of chain " + settings.chainId()
					+ " or fix the setting.");
		}
		if (web3j.networkId() != null) {
			String network = chain.networkVersion();
			if (!Long.toString(web3j.networkId()).equals(network)) {
				throw new IllegalStateException("The node at " + rpc.currentEndpoint() + " is on network " + network
						+ ", but web3j.network-id is " + web3j.networkId() + ": refusing to start.");
			}
		}
		log.info("Following chain {} through {}", chainId, rpc.currentEndpoint());
		return new ChainIdentity(chainId);
	}

	@Bean
	ListenerMetrics listenerMetrics(MeterRegistry meters, ListenerSettings settings) {
		return new ListenerMetrics(meters, Clock.systemUTC(), settings.progressInterval());
	}

	@Bean
	ListenerLoop listenerLoop(ChainReader chain, ChainIdentity identity, TokenMetadata metadata, CursorStore store,
			ListenerSettings settings, ListenerMetrics metrics, MeterRegistry meters, NewHeads newHeads,
			ExecutorService rpcExecutor) {
		BlockProcessor processor = new BlockProcessor(chain, new LogFetcher(chain, settings),
				new EventAssembler(identity.chainId(), metadata, meters), new FinalityPolicy(chain, settings), settings,
				metrics, Clock.systemUTC(), rpcExecutor);
		return new ListenerLoop(processor, store, () -> startBlock(chain, settings.startBlock()), metrics,
				settings.pollInterval(), newHeads);
	}

	@Bean(destroyMethod = "close")
	NewHeads newHeads(ListenerSettings settings) {
		return new NewHeads(settings.websocketAddress());
	}

	@Bean
	ListenerHealthIndicator listenerHealthIndicator(ListenerLoop loop, ListenerMetrics metrics) {
		return new ListenerHealthIndicator(loop, metrics);
	}

	@Bean
	ListenerEndpoint listenerEndpoint(ListenerMetrics metrics) {
		return new ListenerEndpoint(metrics);
	}

	private static long startBlock(ChainReader chain, String startBlock) {
		return switch (startBlock) {
			case "latest" -> chain.headNumber();
			case "finalized" -> chain.taggedNumber("finalized").orElse(0);
			default -> Long.parseLong(startBlock);
		};
	}

}
