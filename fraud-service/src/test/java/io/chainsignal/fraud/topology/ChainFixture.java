package io.chainsignal.fraud.topology;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;

/**
 * Builds valid CONFIRMED transfers on a pretend chain whose clock the test moves, each
 * call a new transaction in a new block unless built through {@link #transaction}.
 */
final class ChainFixture {

	static final long CHAIN = 1;

	static final String USDT = "0xdac17f958d2ee523a2206206994597c13d831ec7";

	static final String WETH = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2";

	static final String ZERO = "0x0000000000000000000000000000000000000000";

	private static final AtomicLong SEQUENCE = new AtomicLong(1);

	private long time = 1_718_000_000L;

	private long block = 20_000_000L;

	/**
	 * A fresh address, unique in the JVM, ending in the given hex.
	 * @param tail hex characters to end with, may be empty
	 * @return a lower-case address
	 */
	static String address(String tail) {
		String body = sha256Hex("address-" + SEQUENCE.incrementAndGet());
		return "0x" + "a" + body.substring(1, 40 - tail.length()) + tail;
	}

	/**
	 * An address from its 40 hex characters.
	 * @param hex 40 hex characters
	 * @return the address
	 */
	static String exact(String hex) {
		return "0x" + hex;
	}

	static String hash() {
		return "0x" + String.format("%064x", SEQUENCE.incrementAndGet());
	}

	static BigInteger usdt(long whole) {
		return BigInteger.valueOf(whole).multiply(BigInteger.TEN.pow(6));
	}

	void advance(Duration duration) {
		this.time += duration.toSeconds();
		this.block += Math.max(1, duration.toSeconds() / 12);
	}

	long time() {
		return this.time;
	}

	TokenTransfer usdt(String from, String to, BigInteger value) {
		return transfer(USDT, new TokenInfo("USDT", "Tether USD", 6), from, to, value);
	}

	TokenTransfer transfer(String token, TokenInfo info, String from, String to, BigInteger value) {
		return transaction(null).add(token, info, from, to, value).transfers().get(0);
	}

	Transaction transaction(String txFrom) {
		this.block++;
		return new Transaction(hash(), hash(), this.block, this.time, txFrom, new ArrayList<>());
	}

	/**
	 * A transaction being built: its transfers share hash, block and time.
	 */
	record Transaction(String hash, String blockHash, long block, long time, String txFrom,
			List<TokenTransfer> transfers) {

		Transaction add(String token, TokenInfo info, String from, String to, BigInteger value) {
			int logIndex = this.transfers.size();
			this.transfers.add(new TokenTransfer(1, TokenTransfer.eventId(CHAIN, this.hash, logIndex, 0),
					TransferStatus.CONFIRMED, CHAIN, this.block, this.blockHash, this.time, this.hash, 0, logIndex, 0,
					token, TokenStandard.ERC20, from, to, null, value, null, info, this.txFrom, null,
					Instant.ofEpochSecond(this.time + 60)));
			return this;
		}

		Transaction usdt(String from, String to, BigInteger value) {
			return add(USDT, new TokenInfo("USDT", "Tether USD", 6), from, to, value);
		}

	}

	/**
	 * The same event in another status and placement.
	 * @param transfer the event
	 * @param status the status
	 * @param blockHash the placement
	 * @return the copy
	 */
	static TokenTransfer as(TokenTransfer transfer, TransferStatus status, String blockHash) {
		return new TokenTransfer(1, transfer.eventId(), status, transfer.chainId(), transfer.blockNumber(), blockHash,
				transfer.blockTimestamp(), transfer.transactionHash(), transfer.transactionIndex(), transfer.logIndex(),
				transfer.batchIndex(), transfer.tokenAddress(), transfer.tokenStandard(), transfer.fromAddress(),
				transfer.toAddress(), transfer.operatorAddress(), transfer.value(), transfer.tokenId(),
				transfer.token(), transfer.txFrom(), transfer.txTo(), transfer.emittedAt().plusSeconds(5));
	}

	static String sha256Hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
