package io.chainsignal.localstack.demo;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.ethereum.DevAccount;

/**
 * Ordinary traffic for as long as the stack runs: about one payment a second between the
 * users, mostly to four habitual contacts each (so that it does not look like fan-outs),
 * in dUSD and dWETH with log-normal amounts, an NFT mint now and then, and about once a
 * minute a 2-block chain reorganisation that the listener retracts.
 */
final class BackgroundTraffic {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundTraffic.class);

	private static final Duration PACE = Duration.ofMillis(900);

	private static final int REORG_EVERY = 60;

	private static final int MINT_EVERY = 25;

	private final DemoChain chain;

	private final DemoTokens tokens;

	private final List<DevAccount> users;

	private final Random random = new Random();

	BackgroundTraffic(DemoChain chain, DemoTokens tokens, List<DevAccount> users) {
		this.chain = chain;
		this.tokens = tokens;
		this.users = users;
	}

	void run() {
		this.users.forEach((user) -> this.chain.fund(user.address()));
		for (long step = 1;; step++) {
			try {
				if (step % REORG_EVERY == 0) {
					this.chain.anvil().chain().reorg(2);
					logger.info("Demo: chain reorganised, the last 2 blocks replaced");
				}
				else if (step % MINT_EVERY == 0) {
					DevAccount to = this.users.get(this.random.nextInt(this.users.size()));
					this.tokens.nft().mint(to.address(), BigInteger.valueOf(1_000_000 + step));
				}
				else {
					payment();
				}
			}
			catch (Pause.DemoStopped ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				logger.warn("Demo traffic: {} (retrying)", ex.getMessage());
			}
			Pause.of(PACE);
		}
	}

	private void payment() {
		int fromIndex = this.random.nextInt(this.users.size());
		int toIndex = (this.random.nextInt(20) == 0) ? this.random.nextInt(this.users.size())
				: fromIndex + 1 + this.random.nextInt(4);
		DevAccount from = this.users.get(fromIndex);
		String to = this.users.get(toIndex % this.users.size()).address();
		if (to.equals(from.address())) {
			return;
		}
		double logNormal = Math.exp(this.random.nextGaussian() * 1.2);
		if (this.random.nextInt(3) == 0) {
			long milli = Math.max(1, Math.round(200 * logNormal));
			this.tokens.weth()
				.transfer(from, to,
						DemoTokens.WETH.divide(BigInteger.valueOf(1000)).multiply(BigInteger.valueOf(milli)));
		}
		else {
			this.tokens.usd().transfer(from, to, Scenario.usd(Math.max(1, Math.round(150 * logNormal))));
		}
	}

}
