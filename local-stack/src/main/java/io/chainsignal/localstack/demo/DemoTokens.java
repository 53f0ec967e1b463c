package io.chainsignal.localstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.web3j.protocol.core.DefaultBlockParameterName;

import io.chainsignal.localstack.stack.Service;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.Erc721Token;

/**
 * The demo's tokens on the stack's anvil: a 6-decimals stablecoin look-alike (dUSD), a
 * wrapped-ether look-alike (dWETH) and an NFT collection (dPUNK). Deployed once per
 * chain; a restart finds them at the addresses in {@link DemoState}.
 *
 * @param usd the dUSD token
 * @param weth the dWETH token
 * @param nft the dPUNK collection
 */
record DemoTokens(Erc20Token usd, Erc20Token weth, Erc721Token nft) {

	/** dUSD has 6 decimals. */
	static final BigInteger USD = BigInteger.TEN.pow(6);

	/** dWETH has 18 decimals. */
	static final BigInteger WETH = BigInteger.TEN.pow(18);

	/**
	 * A dUSD transfer of at least 1,000,000 dUSD is a whale transfer to fraud-service: a
	 * per-token threshold, since a fresh token has no history for the quantile rule.
	 */
	static final BigInteger WHALE_THRESHOLD = USD.multiply(BigInteger.valueOf(1_000_000));

	static DemoTokens deployOrFind(Anvil anvil, DemoState state) {
		String usd = existing(anvil, state, "token.usd")
			.orElseGet(() -> Erc20Token.deploy(anvil, "Demo USD", "dUSD", 6).address());
		state.put("token.usd", usd);
		String weth = existing(anvil, state, "token.weth")
			.orElseGet(() -> Erc20Token.deploy(anvil, "Demo Wrapped Ether", "dWETH", 18).address());
		state.put("token.weth", weth);
		String nft = existing(anvil, state, "token.nft")
			.orElseGet(() -> Erc721Token.deploy(anvil, "Demo Punks", "dPUNK").address());
		state.put("token.nft", nft);
		return new DemoTokens(Erc20Token.at(anvil, usd), Erc20Token.at(anvil, weth), Erc721Token.at(anvil, nft));
	}

	/**
	 * fraud-service's settings for the demo tokens.
	 * @return properties per service
	 */
	Map<Service, Map<String, String>> serviceProperties() {
		return Map.of(Service.FRAUD, Map.of("chainsignal.fraud.detectors.large-transfer.thresholds.["
				+ this.usd.address().toLowerCase(Locale.ROOT) + "]", WHALE_THRESHOLD.toString()));
	}

	private static Optional<String> existing(Anvil anvil, DemoState state, String key) {
		return state.get(key).filter((address) -> hasCode(anvil, address));
	}

	private static boolean hasCode(Anvil anvil, String address) {
		try {
			String code = anvil.web3j().ethGetCode(address, DefaultBlockParameterName.LATEST).send().getCode();
			return code != null && code.length() > 2;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("anvil does not answer eth_getCode", ex);
		}
	}

}
