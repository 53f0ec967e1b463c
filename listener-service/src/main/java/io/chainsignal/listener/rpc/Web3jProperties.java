package io.chainsignal.listener.rpc;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The node connection, under the property names of the old web3j-spring-boot-starter
 * ({@code web3j.*}) plus a list of fallback endpoints.
 *
 * @param clientAddress the JSON-RPC endpoint (http or https)
 * @param networkId when set, the node's {@code net_version} must equal it, or the
 * listener refuses to start
 * @param httpTimeoutSeconds timeout of one JSON-RPC call
 * @param fallbackAddresses endpoints tried in order when the current one fails
 */
@ConfigurationProperties("web3j")
public record Web3jProperties(@DefaultValue("http://localhost:8545") String clientAddress, Long networkId,
		@DefaultValue("30") long httpTimeoutSeconds, @DefaultValue List<String> fallbackAddresses) {

	public Web3jProperties {
		if (clientAddress == null || clientAddress.isBlank()) {
			throw new IllegalArgumentException("web3j.client-address must name the node's JSON-RPC URL");
		}
		if (httpTimeoutSeconds <= 0) {
			throw new IllegalArgumentException("web3j.http-timeout-seconds must be positive");
		}
		fallbackAddresses = List.copyOf(fallbackAddresses);
	}

	/** The primary endpoint first, then the fallbacks. */
	List<String> allAddresses() {
		var all = new java.util.ArrayList<String>();
		all.add(clientAddress);
		all.addAll(fallbackAddresses);
		return all;
	}

}
