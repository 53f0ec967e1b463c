package io.chainsignal.listener.token;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.listener.decode.TokenMetadataDecoder;
import io.chainsignal.listener.rpc.RpcCallException;
import io.chainsignal.listener.rpc.RpcClient;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;

/**
 * Looks token metadata up once per token and caches it: known tokens for as long as the
 * cache keeps them, unknown ones (every call failed) for {@code retry-unknown-after}.
 * Lookups of one batch of tokens run in parallel, one attempt each, so a slow or broken
 * token contract costs at most one call timeout.
 */
public class TokenMetadata {

	private static final String NAME = "0x06fdde03";

	private static final String SYMBOL = "0x95d89b41";

	private static final String DECIMALS = "0x313ce567";

	private final RpcClient rpc;

	private final TokenMetadataSettings settings;

	private final ExecutorService executor;

	private final Cache<String, Optional<TokenInfo>> cache;

	public TokenMetadata(RpcClient rpc, TokenMetadataSettings settings, ExecutorService executor) {
		this.rpc = rpc;
		this.settings = settings;
		this.executor = executor;
		this.cache = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfter(Expiry.<String, Optional<TokenInfo>>creating(
					(token, info) -> info.isPresent() ? Duration.ofDays(365) : settings.retryUnknownAfter()))
			.build();
	}

	/**
	 * Metadata by lower-case token address; tokens without metadata are absent from the
	 * answer.
	 */
	public Map<String, TokenInfo> lookup(Collection<String> tokens) {
		Map<String, TokenInfo> known = new HashMap<>();
		if (!this.settings.enabled()) {
			return known;
		}
		Map<String, CompletableFuture<Optional<TokenInfo>>> pending = new HashMap<>();
		for (String token : tokens) {
			Optional<TokenInfo> cached = this.cache.getIfPresent(token);
			if (cached != null) {
				cached.ifPresent((info) -> known.put(token, info));
			}
			else if (!pending.containsKey(token)) {
				pending.put(token, CompletableFuture.supplyAsync(() -> fetch(token), this.executor));
			}
		}
		pending.forEach((token, future) -> {
			Optional<TokenInfo> info = future.join();
			this.cache.put(token, info);
			info.ifPresent((value) -> known.put(token, value));
		});
		return known;
	}

	private Optional<TokenInfo> fetch(String token) {
		String symbol = TokenMetadataDecoder.decodeString(call(token, SYMBOL));
		String name = TokenMetadataDecoder.decodeString(call(token, NAME));
		Integer decimals = TokenMetadataDecoder.decodeDecimals(call(token, DECIMALS));
		if (isBlank(symbol) && isBlank(name) && decimals == null) {
			return Optional.empty();
		}
		return Optional.of(new TokenInfo(blankToNull(symbol), blankToNull(name), decimals));
	}

	private String call(String token, String selector) {
		try {
			EthCall answer = this.rpc.sendOnce("eth_call",
					(web3j) -> web3j.ethCall(Transaction.createEthCallTransaction(null, token, selector),
							DefaultBlockParameterName.LATEST));
			return (answer.hasError() || answer.isReverted()) ? null : answer.getValue();
		}
		catch (RpcCallException failed) {
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value;
	}

}
