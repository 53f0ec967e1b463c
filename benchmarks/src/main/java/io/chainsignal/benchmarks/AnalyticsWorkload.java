package io.chainsignal.benchmarks;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.SplittableRandom;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;

/**
 * A deterministic stream of CONFIRMED transfers shaped like a busy chain: 150 transfers a
 * block, two logs per transaction, 2,000 tokens whose popularity is skewed (the top token
 * carries about 15% of the transfers, as USDT does), a holder population whose activity
 * is skewed too (the busiest addresses look like exchanges), 1% mints, one token in
 * twenty an ERC-721. The blocks are spread over the 30 days before {@code end}, so every
 * dashboard window holds data. Transfer {@code i} is the same in every run, so the raw
 * COPY and the service see exactly the same rows.
 *
 * @param transfers how many transfers the stream holds
 * @param holders how many distinct addresses trade
 * @param end the timestamp of the last block, Unix seconds
 */
record AnalyticsWorkload(long transfers, int holders, long end) {

	static final long CHAIN_ID = 1;

	static final int TOKENS = 2_000;

	static final int TRANSFERS_PER_BLOCK = 150;

	static final long SPAN_SECONDS = 30L * 86_400;

	static final long FIRST_BLOCK = 20_000_000;

	private static final String ZERO = "0x0000000000000000000000000000000000000000";

	private static final HexFormat HEX = HexFormat.of();

	static AnalyticsWorkload of(long transfers) {
		return new AnalyticsWorkload(transfers, (int) Math.max(2_000, Math.min(1_000_000, transfers / 10)),
				Instant.now().getEpochSecond());
	}

	long blocks() {
		return (this.transfers + TRANSFERS_PER_BLOCK - 1) / TRANSFERS_PER_BLOCK;
	}

	/** The i-th transfer of the stream. */
	TokenTransfer transfer(long i) {
		SplittableRandom random = new SplittableRandom(mix(i ^ 0x5DEECE66DL));
		long block = i / TRANSFERS_PER_BLOCK;
		int inBlock = (int) (i % TRANSFERS_PER_BLOCK);
		long timestamp = this.end - SPAN_SECONDS + block * SPAN_SECONDS / Math.max(1, blocks());
		String transaction = transactionHash(i);
		int logIndex = inBlock;
		int tokenIndex = skewed(random, TOKENS, 4);
		TokenStandard standard = (tokenIndex % 20 == 19) ? TokenStandard.ERC721 : TokenStandard.ERC20;
		String from = (random.nextInt(100) == 0) ? ZERO : address(skewed(random, this.holders, 3));
		String to = address(skewed(random, this.holders, 3));
		BigInteger value = (standard == TokenStandard.ERC721) ? BigInteger.ONE
				: BigInteger.valueOf(random.nextLong(1, 1L << 50)).multiply(BigInteger.TEN.pow(tokenIndex % 13));
		BigInteger tokenId = (standard == TokenStandard.ERC721) ? BigInteger.valueOf(i) : null;
		int decimals = (standard == TokenStandard.ERC721) ? 0 : 6 + tokenIndex % 13;
		TokenInfo info = new TokenInfo("T" + tokenIndex, "Token " + tokenIndex, decimals);
		long blockNumber = FIRST_BLOCK + block;
		return new TokenTransfer(TokenTransfer.SCHEMA_VERSION,
				TokenTransfer.eventId(CHAIN_ID, transaction, logIndex, 0), TransferStatus.CONFIRMED, CHAIN_ID,
				blockNumber, hash(blockNumber, 0xB1), timestamp, transaction, inBlock / 2, logIndex, 0,
				tokenAddress(tokenIndex), standard, from, to, null, value, tokenId, info, from,
				tokenAddress(tokenIndex), Instant.ofEpochSecond(timestamp));
	}

	/** The hash of the transaction holding the i-th transfer (two transfers each). */
	static String transactionHash(long i) {
		return hash(i / 2, 0x7A);
	}

	/** The Kafka key of the i-th transfer, as the listener writes it. */
	String key(TokenTransfer transfer) {
		return transfer.chainId() + ":" + transfer.transactionHash();
	}

	static String tokenAddress(int index) {
		return "0x" + hex(mix(index + 0x70C0L), 20);
	}

	String address(int index) {
		return "0x" + hex(mix(index + 0xADD0L), 20);
	}

	/** An index below {@code bound}, small ones far more likely the larger the power. */
	static int skewed(SplittableRandom random, int bound, int power) {
		return (int) Math.min(bound - 1, (long) (bound * Math.pow(random.nextDouble(), power)));
	}

	private static String hash(long n, int salt) {
		return "0x" + hex(mix(n * 31 + salt), 32);
	}

	private static String hex(long seed, int bytes) {
		byte[] out = new byte[bytes];
		long state = seed;
		for (int i = 0; i < bytes; i++) {
			if (i % 8 == 0) {
				state = mix(state + i);
			}
			out[i] = (byte) (state >>> ((i % 8) * 8));
		}
		return HEX.formatHex(out);
	}

	/** SplitMix64's finaliser: a cheap, well-spread bijection of longs. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
