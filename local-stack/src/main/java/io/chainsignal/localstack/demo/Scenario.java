package io.chainsignal.localstack.demo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.SentTransaction;

/**
 * The demo's scripted story, played once per data directory: the users get their money, a
 * whale moves 5,000,000 dUSD, a victim is address-poisoned and pays the look-alike, and a
 * drainer sweeps three wallets into one collector. Each act is shaped after what the
 * fraud detectors look for (docs/fraud.md), so each raises its alert.
 */
final class Scenario {

	/** The poisoning victim, the subject of the CRITICAL poisoning-payout alert. */
	static final DevAccount VICTIM = Wallets.wallet(200, "victim");

	/** The whale. */
	static final DevAccount WHALE = Wallets.wallet(201, "whale");

	/** The drainer's collector wallet, where the fan-in sweep ends. */
	static final DevAccount COLLECTOR = Wallets.wallet(202, "collector");

	/**
	 * The victim's real counterparty: an exchange deposit address, say. Only its first
	 * and last 4 hex digits matter to the story.
	 */
	static final String COUNTERPARTY = "0xc0de" + "1".repeat(32) + "beef";

	/**
	 * The attacker's vanity address: same first and last 4 hex digits as
	 * {@link #COUNTERPARTY}, which is all a wallet shows of an address.
	 */
	static final String LOOKALIKE = "0xc0de" + "7".repeat(32) + "beef";

	private static final Logger logger = LoggerFactory.getLogger(Scenario.class);

	private final DemoChain chain;

	private final DemoTokens tokens;

	private final List<DevAccount> users;

	private final Random random = new Random(20261122);

	Scenario(DemoChain chain, DemoTokens tokens, List<DevAccount> users) {
		this.chain = chain;
		this.tokens = tokens;
		this.users = users;
	}

	void play() {
		fundUsers();
		ordinaryPayments(30);
		whale();
		poisoning();
		fanInSweep();
	}

	private void fundUsers() {
		List<SentTransaction> sent = new ArrayList<>();
		for (DevAccount user : this.users) {
			this.chain.fund(user.address());
			sent.add(this.tokens.usd().mint(user.address(), usd(50_000)));
			sent.add(this.tokens.weth().mint(user.address(), DemoTokens.WETH.multiply(BigInteger.valueOf(100))));
		}
		this.chain.mined(sent);
		logger.info("Demo: {} users funded with 50,000 dUSD and 100 dWETH each", this.users.size());
	}

	private void ordinaryPayments(int count) {
		List<SentTransaction> sent = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			DevAccount from = this.users.get(this.random.nextInt(this.users.size()));
			DevAccount to = this.users.get((this.users.indexOf(from) + 1 + this.random.nextInt(4)) % this.users.size());
			sent.add(this.tokens.usd().transfer(from, to.address(), usd(10 + this.random.nextInt(2_000))));
		}
		this.chain.mined(sent);
		logger.info("Demo: {} ordinary dUSD payments between users", count);
	}

	private void whale() {
		this.chain.fund(WHALE.address());
		this.chain.mined(List.of(this.tokens.usd().mint(WHALE.address(), usd(10_000_000))));
		this.chain.mined(List.of(this.tokens.usd().transfer(WHALE, this.users.get(3).address(), usd(5_000_000))));
		logger.info("Demo: whale {} sent 5,000,000 dUSD (threshold 1,000,000): a large-transfer alert",
				WHALE.address());
	}

	/**
	 * The address-poisoning attack as Tsuchiya et al. describe it: the victim pays its
	 * counterparty; the attacker sends the victim a zero-value transfer from a look-alike
	 * address, so the look-alike appears in the victim's history; the victim copies the
	 * wrong address and pays the look-alike. fraud-service marks the look-alike as the
	 * victim's poisoner (lookalike-counterparty, HIGH) and the payment is then a
	 * poisoning-payout (CRITICAL).
	 */
	private void poisoning() {
		this.chain.fund(VICTIM.address());
		this.chain.mined(List.of(this.tokens.usd().transfer(this.users.get(1), VICTIM.address(), usd(20_000))));
		this.chain.mined(List.of(this.tokens.usd().transfer(VICTIM, COUNTERPARTY, usd(250))));
		this.chain.awaitBlocks(2);
		this.chain.sendAs(LOOKALIKE, this.tokens.usd().address(),
				Erc20Token.transferData(VICTIM.address(), BigInteger.ZERO));
		this.chain.awaitBlocks(2);
		this.chain.mined(List.of(this.tokens.usd().transfer(VICTIM, LOOKALIKE, usd(5_000))));
		logger.info("Demo: victim {} paid 250 dUSD to {}, got a zero-value transfer from look-alike {}, then paid it"
				+ " 5,000 dUSD: a CRITICAL poisoning-payout alert", VICTIM.address(), COUNTERPARTY, LOOKALIKE);
	}

	/**
	 * A drainer empties three wallets into one collector (fan-in-sweep: sweeps of one
	 * token from at least 3 senders, each at least 95% of what the sender received).
	 */
	private void fanInSweep() {
		List<DevAccount> drained = List.of(Wallets.wallet(210, "drained-0"), Wallets.wallet(211, "drained-1"),
				Wallets.wallet(212, "drained-2"));
		List<SentTransaction> deposits = new ArrayList<>();
		for (int i = 0; i < drained.size(); i++) {
			this.chain.fund(drained.get(i).address());
			deposits.add(this.tokens.usd().transfer(this.users.get(10 + i), drained.get(i).address(), usd(1_000)));
		}
		this.chain.mined(deposits);
		this.chain.awaitBlocks(2);
		List<SentTransaction> sweeps = new ArrayList<>();
		for (DevAccount wallet : drained) {
			sweeps.add(this.tokens.usd().transfer(wallet, COLLECTOR.address(), usd(1_000)));
		}
		this.chain.mined(sweeps);
		logger.info("Demo: 3 wallets swept whole into collector {}: a fan-in-sweep alert", COLLECTOR.address());
	}

	static BigInteger usd(long whole) {
		return DemoTokens.USD.multiply(BigInteger.valueOf(whole));
	}

}
