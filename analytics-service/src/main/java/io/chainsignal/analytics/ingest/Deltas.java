package io.chainsignal.analytics.ingest;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch's net change does to the derived tables, summed per row key: balance
 * deltas and, per bucket size, rollup and party deltas. Keys are sorted so that every
 * batch locks rows in the same order, which keeps concurrent batches from deadlocking.
 */
final class Deltas {

	static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

	private final Map<BalanceKey, BigInteger> balances = new TreeMap<>(BalanceKey.ORDER);

	private final Buckets hourly = new Buckets(Granularity.HOURLY);

	private final Buckets daily = new Buckets(Granularity.DAILY);

	static Deltas of(Lifecycle.Plan plan) {
		Deltas deltas = new Deltas();
		plan.removed().stream().filter(Placement::confirmed).forEach((p) -> deltas.add(p, -1));
		plan.added().stream().filter(Placement::confirmed).forEach((p) -> deltas.add(p, 1));
		deltas.balances.values().removeIf((delta) -> delta.signum() == 0);
		deltas.hourly.parties().values().removeIf((delta) -> delta == 0);
		deltas.daily.parties().values().removeIf((delta) -> delta == 0);
		return deltas;
	}

	private void add(Placement placement, int sign) {
		BigInteger value = (sign < 0) ? placement.value().negate() : placement.value();
		if (!ZERO_ADDRESS.equals(placement.fromAddress())) {
			this.balances.merge(new BalanceKey(placement.chainId(), placement.tokenAddress(), placement.fromAddress()),
					value.negate(), BigInteger::add);
		}
		if (!ZERO_ADDRESS.equals(placement.toAddress())) {
			this.balances.merge(new BalanceKey(placement.chainId(), placement.tokenAddress(), placement.toAddress()),
					value, BigInteger::add);
		}
		this.hourly.add(placement, sign, value);
		this.daily.add(placement, sign, value);
	}

	Map<BalanceKey, BigInteger> balances() {
		return this.balances;
	}

	Buckets hourly() {
		return this.hourly;
	}

	Buckets daily() {
		return this.daily;
	}

	/** Bucket sizes of the rollups, with their tables. */
	enum Granularity {

		HOURLY(3600, "rollups_hourly", "parties_hourly"), DAILY(86400, "rollups_daily", "parties_daily");

		final long seconds;

		final String rollupTable;

		final String partyTable;

		Granularity(long seconds, String rollupTable, String partyTable) {
			this.seconds = seconds;
			this.rollupTable = rollupTable;
			this.partyTable = partyTable;
		}

		long bucketStart(long timestamp) {
			return Math.floorDiv(timestamp, this.seconds) * this.seconds;
		}

	}

	/**
	 * Rollup and party deltas of one bucket size.
	 */
	static final class Buckets {

		private final Granularity granularity;

		private final Map<BucketKey, RollupDelta> rollups = new TreeMap<>(BucketKey.ORDER);

		private final Map<PartyKey, Long> parties = new TreeMap<>(PartyKey.ORDER);

		Buckets(Granularity granularity) {
			this.granularity = granularity;
		}

		private void add(Placement placement, int sign, BigInteger value) {
			long start = this.granularity.bucketStart(placement.blockTimestamp());
			BucketKey bucket = new BucketKey(placement.chainId(), placement.tokenAddress(), start);
			this.rollups.merge(bucket, new RollupDelta(sign, value, 0, 0), RollupDelta::plus);
			if (!ZERO_ADDRESS.equals(placement.fromAddress())) {
				this.parties.merge(new PartyKey(bucket, "s", placement.fromAddress()), (long) sign, Long::sum);
			}
			if (!ZERO_ADDRESS.equals(placement.toAddress())) {
				this.parties.merge(new PartyKey(bucket, "r", placement.toAddress()), (long) sign, Long::sum);
			}
		}

		Granularity granularity() {
			return this.granularity;
		}

		Map<BucketKey, RollupDelta> rollups() {
			return this.rollups;
		}

		Map<PartyKey, Long> parties() {
			return this.parties;
		}

		/**
		 * Records that a party row appeared (+1) or disappeared (-1) in its bucket.
		 * @param party the party row
		 * @param change +1 or -1
		 */
		void distinctChanged(PartyKey party, int change) {
			RollupDelta delta = "s".equals(party.role()) ? new RollupDelta(0, BigInteger.ZERO, change, 0)
					: new RollupDelta(0, BigInteger.ZERO, 0, change);
			this.rollups.merge(party.bucket(), delta, RollupDelta::plus);
		}

	}

	/**
	 * A balance row's key.
	 *
	 * @param chainId the chain
	 * @param token the token contract
	 * @param holder the holder
	 */
	record BalanceKey(long chainId, String token, String holder) {

		static final Comparator<BalanceKey> ORDER = Comparator.comparingLong(BalanceKey::chainId)
			.thenComparing(BalanceKey::token)
			.thenComparing(BalanceKey::holder);

	}

	/**
	 * A token's key.
	 *
	 * @param chainId the chain
	 * @param token the token contract
	 */
	record TokenKey(long chainId, String token) {

		static final Comparator<TokenKey> ORDER = Comparator.comparingLong(TokenKey::chainId)
			.thenComparing(TokenKey::token);

	}

	/**
	 * A rollup row's key.
	 *
	 * @param chainId the chain
	 * @param token the token contract
	 * @param bucketStart the bucket's start in Unix seconds
	 */
	record BucketKey(long chainId, String token, long bucketStart) {

		static final Comparator<BucketKey> ORDER = Comparator.comparingLong(BucketKey::chainId)
			.thenComparing(BucketKey::token)
			.thenComparingLong(BucketKey::bucketStart);

	}

	/**
	 * A party row's key.
	 *
	 * @param bucket the rollup bucket
	 * @param role "s" for a sender, "r" for a receiver
	 * @param address the address
	 */
	record PartyKey(BucketKey bucket, String role, String address) {

		static final Comparator<PartyKey> ORDER = Comparator.comparing(PartyKey::bucket, BucketKey.ORDER)
			.thenComparing(PartyKey::role)
			.thenComparing(PartyKey::address);

	}

	/**
	 * Changes to one rollup row.
	 *
	 * @param transfers change of the transfer count
	 * @param volume change of the volume
	 * @param senders change of the distinct senders
	 * @param receivers change of the distinct receivers
	 */
	record RollupDelta(long transfers, BigInteger volume, long senders, long receivers) {

		RollupDelta plus(RollupDelta other) {
			return new RollupDelta(this.transfers + other.transfers, this.volume.add(other.volume),
					this.senders + other.senders, this.receivers + other.receivers);
		}

		boolean isZero() {
			return this.transfers == 0 && this.volume.signum() == 0 && this.senders == 0 && this.receivers == 0;
		}

	}

}
