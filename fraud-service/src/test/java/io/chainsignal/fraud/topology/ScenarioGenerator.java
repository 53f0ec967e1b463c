package io.chainsignal.fraud.topology;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.fraud.scoring.DetectorId;

/**
 * A labelled, seeded scenario of three days of token transfers: background traffic of
 * thousands of addresses with log-normal amounts, benign look-alikes (exchange deposits
 * swept into a hot wallet, exchange withdrawals, payroll, a small business paying a few
 * contractors, near-miss round trips, pass-throughs, zero-value transactions and mints),
 * and injected instances of every detector's pattern, each labelled with the detector and
 * the subject it should name.
 */
final class ScenarioGenerator {

	static final long DAY = 86_400;

	static final long T0 = 1_760_000_000L;

	static final Token USDT = new Token("0xdac17f958d2ee523a2206206994597c13d831ec7", "USDT", 6, 150, 1.5);

	static final Token USDC = new Token("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USDC", 6, 150, 1.5);

	static final Token WETH = new Token("0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", "WETH", 18, 0.2, 1.4);

	private final Random random;

	private final int users;

	private final int instances;

	private final List<Event> events = new ArrayList<>();

	private final Set<Label> labels = new HashSet<>();

	private final List<String> people = new ArrayList<>();

	private final Map<String, List<String>> contacts = new HashMap<>();

	final String hotWallet;

	final String payroll;

	final Set<String> sanctioned = new HashSet<>();

	ScenarioGenerator(long seed, int users, int instances) {
		this.random = new Random(seed);
		this.users = users;
		this.instances = instances;
		this.hotWallet = fresh();
		this.payroll = fresh();
		this.sanctioned
			.addAll(List.of("0x098b716b8aaf21512996dc57eb0615e2383e2f96", "0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b",
					"0x3cffd56b47b7b41c56258d9c7731abadc360e073", "0x53b6936513e738f44fb50d2b9476730c0ab3bfc1"));
	}

	/**
	 * The generated scenario.
	 *
	 * @param transfers every transfer, in block order
	 * @param labels the injected instances
	 * @param background how many transfers are background or benign look-alikes
	 */
	record Scenario(List<TokenTransfer> transfers, Set<Label> labels, int background) {

	}

	/**
	 * One injected instance: the detector that should fire and the subject it should
	 * name.
	 *
	 * @param detector the detector
	 * @param subject the subject
	 */
	record Label(DetectorId detector, String subject) {

	}

	record Token(String address, String symbol, int decimals, double median, double sigma) {

		TokenInfo info() {
			return new TokenInfo(this.symbol, this.symbol, this.decimals);
		}

		BigInteger units(double whole) {
			return new BigDecimal(whole).movePointRight(this.decimals).toBigInteger().max(BigInteger.ONE);
		}

	}

	private record Event(long time, int order, List<Part> parts, String txFrom) {

	}

	private record Part(Token token, String tokenAddress, TokenInfo info, String from, String to, BigInteger value) {

	}

	Scenario generate() {
		background();
		int backgroundEvents = this.events.size();
		sanctioned();
		zeroValuePoisoning();
		lookalikesAndPayouts();
		largeTransfers();
		fanOutBursts();
		fanInSweeps();
		passThroughs();
		roundTrips();
		mintsAndBurns();
		return new Scenario(transfers(), Set.copyOf(this.labels), backgroundEvents);
	}

	private void background() {
		for (int i = 0; i < this.users; i++) {
			String person = fresh();
			this.people.add(person);
		}
		for (String person : this.people) {
			List<String> mine = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				mine.add(anyone());
			}
			this.contacts.put(person, mine);
			// first funds: a withdrawal from the exchange in the first 12 hours
			Token token = token();
			transfer(T0 + (long) (this.random.nextDouble() * DAY / 2), token, this.hotWallet, person, amount(token, 5));
		}
		for (int i = 0; i < this.users * 3 / 2; i++) {
			String sender = anyone();
			String recipient = (this.random.nextDouble() < 0.7) ? pick(this.contacts.get(sender)) : anyone();
			if (!recipient.equals(sender)) {
				Token token = token();
				transfer(time(0, 3 * DAY), token, sender, recipient, amount(token, 1));
			}
		}
		// exchange deposits: user -> own deposit address -> swept whole into the hot
		// wallet
		for (int i = 0; i < this.users / 5; i++) {
			String user = anyone();
			String deposit = fresh();
			Token token = token();
			long at = time(DAY / 2, 3 * DAY - 4 * 3600);
			BigInteger value = amount(token, 2);
			transfer(at, token, user, deposit, value);
			transfer(at + 600 + this.random.nextInt(3 * 3600), token, deposit, this.hotWallet, value);
		}
		// exchange withdrawals in bursts
		for (int i = 0; i < this.users / 4; i++) {
			Token token = token();
			transfer(time(DAY / 2, 3 * DAY), token, this.hotWallet, anyone(), amount(token, 2));
		}
		// payroll, twice, 25 employees within 20 minutes
		List<String> employees = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			employees.add(anyone());
		}
		for (long day : new long[] { DAY, 2 * DAY }) {
			long start = T0 + day + 9 * 3600;
			for (String employee : employees) {
				transfer(start + this.random.nextInt(1200), USDC, this.payroll, employee,
						USDC.units(2_000 + this.random.nextInt(3_000)));
			}
		}
		// a small business pays 7 contractors within an hour (below the fan-out
		// threshold)
		String business = fresh();
		for (int round = 0; round < 3; round++) {
			long start = time(DAY, 3 * DAY - 3600);
			for (int i = 0; i < 7; i++) {
				transfer(start + this.random.nextInt(3000), USDT, business, anyone(), USDT.units(300 + i * 50));
			}
		}
		// near-miss round trips: paid back 3-5% short
		for (int i = 0; i < 20; i++) {
			String a = anyone();
			String b = anyone();
			long at = time(DAY / 2, 2 * DAY);
			BigInteger value = amount(USDT, 3);
			transfer(at, USDT, a, b, value);
			transfer(at + 7200 + this.random.nextInt(36_000), USDT, b, a,
					scale(value, 0.95 + this.random.nextDouble() * 0.02));
		}
		// near-miss pass-through: 60-85% of a receipt spent within the hour
		for (int i = 0; i < 20; i++) {
			String user = fresh();
			long at = time(DAY / 2, 3 * DAY - 3600);
			BigInteger value = amount(USDC, 4);
			transfer(at, USDC, anyone(), user, value);
			transfer(at + 300 + this.random.nextInt(2400), USDC, user, anyone(),
					scale(value, 0.6 + this.random.nextDouble() * 0.25));
		}
		// zero-value transactions that are not poisoning: two transfers, or none on
		// stablecoins
		for (int i = 0; i < 15; i++) {
			this.events.add(new Event(time(0, 3 * DAY), this.events.size(), List
				.of(part(USDT, anyone(), anyone(), BigInteger.ZERO), part(USDT, anyone(), anyone(), BigInteger.ZERO)),
					anyone()));
			this.events.add(new Event(time(0, 3 * DAY), this.events.size(),
					List.of(part(WETH, anyone(), anyone(), BigInteger.ZERO),
							part(WETH, anyone(), anyone(), BigInteger.ZERO),
							part(WETH, anyone(), anyone(), BigInteger.ZERO)),
					anyone()));
		}
		// mints and burns below the threshold
		String treasury = fresh();
		for (int i = 0; i < 10; i++) {
			transfer(time(0, 3 * DAY), USDT, ChainFixture.ZERO, treasury,
					USDT.units(1_000_000 + this.random.nextInt(50_000_000)));
			transfer(time(0, 3 * DAY), USDT, treasury, ChainFixture.ZERO,
					USDT.units(1_000_000 + this.random.nextInt(50_000_000)));
		}
	}

	private void sanctioned() {
		List<String> listed = new ArrayList<>(this.sanctioned);
		for (int i = 0; i < this.instances; i++) {
			String user = anyone();
			Token token = token();
			if (i % 3 == 2) {
				transfer(late(), token, pick(listed), user, amount(token, 1));
			}
			else {
				transfer(late(), token, user, pick(listed), amount(token, 1));
			}
			this.labels.add(new Label(DetectorId.SANCTIONED_COUNTERPARTY, user));
		}
	}

	private final List<String[]> zeroValueVictims = new ArrayList<>();

	private void zeroValuePoisoning() {
		for (int i = 0; i < this.instances; i++) {
			String attacker = fresh();
			int count = 3 + this.random.nextInt(4);
			List<Part> parts = new ArrayList<>();
			String[] first = null;
			long stable = 0;
			for (int j = 0; j < count; j++) {
				String victim = anyone();
				String lookalike = lookalike(pick(this.contacts.get(victim)));
				boolean isStable = j == 0 || this.random.nextDouble() < 0.7;
				stable += isStable ? 1 : 0;
				parts.add(part(isStable ? ((j % 2 == 0) ? USDT : USDC) : WETH, victim, lookalike, BigInteger.ZERO));
				if (j == 0) {
					first = new String[] { victim, lookalike };
				}
			}
			if ((double) stable / count < 0.4) {
				i--;
				continue;
			}
			this.events.add(new Event(late(), this.events.size(), parts, attacker));
			this.zeroValueVictims.add(first);
			this.labels.add(new Label(DetectorId.ZERO_VALUE_POISONING, attacker));
		}
	}

	private void lookalikesAndPayouts() {
		int payouts = 0;
		for (int i = 0; i < this.instances; i++) {
			String victim = fresh();
			String real = fresh();
			long at = late();
			transfer(at, USDT, victim, real, amount(USDT, 3));
			String fake = lookalike(real);
			long poisonedAt = at + 600 + this.random.nextInt(5 * 3600);
			if (this.random.nextBoolean()) {
				transfer(poisonedAt, USDT, fake, victim, BigInteger.valueOf(1 + this.random.nextInt(10_000)));
			}
			else {
				this.events.add(new Event(poisonedAt, this.events.size(),
						List.of(new Part(null, fresh(), USDT.info(), fake, victim, amount(USDT, 1))), fake));
			}
			this.labels.add(new Label(DetectorId.LOOKALIKE_COUNTERPARTY, fake));
			if (i < this.instances * 3 / 5) {
				transfer(poisonedAt + 3600 + this.random.nextInt(24 * 3600), USDT, victim, fake,
						USDT.units(500 + this.random.nextInt(20_000)));
				this.labels.add(new Label(DetectorId.POISONING_PAYOUT, victim));
				payouts++;
			}
		}
		for (int i = 0; payouts < this.instances && i < this.zeroValueVictims.size(); i++, payouts++) {
			String[] pair = this.zeroValueVictims.get(i);
			transfer(3 * DAY + T0 - 1800 - this.random.nextInt(3600), USDC, pair[0], pair[1],
					USDC.units(1_000 + this.random.nextInt(10_000)));
			this.labels.add(new Label(DetectorId.POISONING_PAYOUT, pair[0]));
		}
	}

	private void largeTransfers() {
		for (int i = 0; i < this.instances; i++) {
			String whale = fresh();
			Token token = token();
			transfer(late(), token, whale, anyone(),
					token.units(token.median() * (20_000 + this.random.nextInt(80_000))));
			this.labels.add(new Label(DetectorId.LARGE_TRANSFER, whale));
		}
	}

	private void fanOutBursts() {
		for (int i = 0; i < this.instances; i++) {
			String mule = fresh();
			long at = late();
			BigInteger loot = USDT.units(40_000 + this.random.nextInt(20_000));
			transfer(at, USDT, fresh(), mule, loot);
			int recipients = 11 + this.random.nextInt(8);
			long start = at + 1800 + this.random.nextInt(5400);
			for (int j = 0; j < recipients; j++) {
				transfer(start + j * (60 + this.random.nextInt(180)), USDT, mule, fresh(),
						scale(loot, 0.04 + this.random.nextDouble() * 0.02));
			}
			this.labels.add(new Label(DetectorId.FAN_OUT_BURST, mule));
		}
	}

	private void fanInSweeps() {
		for (int i = 0; i < this.instances; i++) {
			String collector = fresh();
			long at = late();
			int wallets = 3 + this.random.nextInt(4);
			long drainAt = at + 2 * 3600 + this.random.nextInt(3600);
			for (int j = 0; j < wallets; j++) {
				String wallet = fresh();
				BigInteger first = amount(USDC, 3);
				BigInteger second = amount(USDC, 3);
				transfer(at - this.random.nextInt(6 * 3600), USDC, this.hotWallet, wallet, first);
				transfer(at, USDC, anyone(), wallet, second);
				transfer(drainAt + j * this.random.nextInt(2400), USDC, wallet, collector, first.add(second));
			}
			this.labels.add(new Label(DetectorId.FAN_IN_SWEEP, collector));
		}
	}

	private void passThroughs() {
		for (int i = 0; i < this.instances; i++) {
			String mule = fresh();
			long at = late();
			Token token = token();
			BigInteger received = amount(token, 5);
			transfer(at, token, anyone(), mule, received);
			transfer(at + 300 + this.random.nextInt(3000), token, mule, fresh(),
					scale(received, 0.91 + this.random.nextDouble() * 0.09));
			this.labels.add(new Label(DetectorId.RAPID_PASS_THROUGH, mule));
		}
	}

	private void roundTrips() {
		for (int i = 0; i < this.instances; i++) {
			String a = fresh();
			String b = fresh();
			long at = late() - DAY / 2;
			BigInteger value = amount(USDT, 10);
			transfer(at, USDT, a, b, value);
			transfer(at + 2 * 3600 + this.random.nextInt(18 * 3600), USDT, b, a,
					scale(value, 0.991 + this.random.nextDouble() * 0.018));
			this.labels.add(new Label(DetectorId.ROUND_TRIP, a));
		}
	}

	private void mintsAndBurns() {
		for (int i = 0; i < this.instances; i++) {
			Token token = new Token(fresh(), "TKN" + i, 18, 1, 1);
			String holder = fresh();
			BigInteger value = token.units(100_000_000L + this.random.nextInt(900_000_000));
			if (i % 2 == 0) {
				transfer(late(), token, ChainFixture.ZERO, holder, value);
			}
			else {
				transfer(late(), token, holder, ChainFixture.ZERO, value);
			}
			this.labels.add(new Label(DetectorId.LARGE_MINT_BURN, holder));
		}
	}

	private List<TokenTransfer> transfers() {
		this.events.sort(Comparator.comparingLong(Event::time).thenComparingInt(Event::order));
		List<TokenTransfer> transfers = new ArrayList<>();
		for (Event event : this.events) {
			long block = 20_000_000 + (event.time() - T0) / 12;
			String tx = hash();
			String blockHash = hash();
			int log = 0;
			for (Part part : event.parts()) {
				transfers.add(new TokenTransfer(1, TokenTransfer.eventId(1, tx, log, 0), TransferStatus.CONFIRMED, 1,
						block, blockHash, event.time(), tx, 0, log, 0, part.tokenAddress(), TokenStandard.ERC20,
						part.from(), part.to(), null, part.value(), null, part.info(), event.txFrom(), null,
						Instant.ofEpochSecond(event.time() + 60)));
				log++;
			}
		}
		return transfers;
	}

	private void transfer(long time, Token token, String from, String to, BigInteger value) {
		this.events.add(new Event(time, this.events.size(), List.of(part(token, from, to, value)), from));
	}

	private static Part part(Token token, String from, String to, BigInteger value) {
		return new Part(token, token.address(), token.info(), from, to, value);
	}

	private BigInteger amount(Token token, double factor) {
		double whole = token.median() * factor * Math.exp(token.sigma() * this.random.nextGaussian());
		return token.units(whole);
	}

	private static BigInteger scale(BigInteger value, double share) {
		return new BigDecimal(value).multiply(BigDecimal.valueOf(share)).toBigInteger().max(BigInteger.ONE);
	}

	private Token token() {
		double r = this.random.nextDouble();
		return (r < 0.45) ? USDT : (r < 0.8) ? USDC : WETH;
	}

	private long time(long from, long to) {
		return T0 + from + (long) (this.random.nextDouble() * (to - from));
	}

	/** Injected patterns happen on days 2 and 3, when tokens have history. */
	private long late() {
		return time(DAY + DAY / 2, 3 * DAY - 6 * 3600);
	}

	private String anyone() {
		return pick(this.people);
	}

	private <T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	private String fresh() {
		byte[] bytes = new byte[20];
		this.random.nextBytes(bytes);
		return "0x" + HexFormat.of().formatHex(bytes);
	}

	private String lookalike(String real) {
		String middle = fresh().substring(6, 38);
		return real.substring(0, 6) + middle + real.substring(38);
	}

	private String hash() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return "0x" + HexFormat.of().formatHex(bytes);
	}

}
