package io.chainsignal.analytics;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;

/**
 * Builds contract events for tests.
 */
public final class TestEvents {

	/** The zero address. */
	public static final String ZERO = "0x" + "0".repeat(40);

	private TestEvents() {
	}

	/**
	 * A random 20-byte address.
	 * @return lower-case 0x hex
	 */
	public static String address() {
		return hex(20);
	}

	/**
	 * A random 32-byte hash.
	 * @return lower-case 0x hex
	 */
	public static String hash() {
		return hex(32);
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return "0x" + HexFormat.of().formatHex(random);
	}

	/**
	 * An ERC-20 transfer.
	 * @param status the status
	 * @param chainId the chain
	 * @param block the block number
	 * @param blockHash the block hash
	 * @param timestamp the block timestamp
	 * @param tx the transaction hash
	 * @param logIndex the log index
	 * @param token the token
	 * @param from the sender
	 * @param to the receiver
	 * @param value the amount
	 * @return the event
	 */
	public static TokenTransfer erc20(TransferStatus status, long chainId, long block, String blockHash, long timestamp,
			String tx, int logIndex, String token, String from, String to, long value) {
		return new TokenTransfer(1, TokenTransfer.eventId(chainId, tx, logIndex, 0), status, chainId, block, blockHash,
				timestamp, tx, 0, logIndex, 0, token, TokenStandard.ERC20, from, to, null, BigInteger.valueOf(value),
				null, new TokenInfo("TST", "Test token", 6), null, null, Instant.ofEpochSecond(timestamp + 1));
	}

}
