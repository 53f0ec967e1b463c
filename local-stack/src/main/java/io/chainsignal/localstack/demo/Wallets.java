package io.chainsignal.localstack.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.web3j.crypto.Credentials;

import io.chainsignal.testsupport.ethereum.DevAccount;

/**
 * The demo's own addresses, beyond anvil's ten dev accounts: keys derived from fixed
 * labels, so a restarted demo finds the same wallets with the same balances. Like the dev
 * accounts' keys, they are public knowledge and for a local chain only.
 */
final class Wallets {

	/** The ordinary users that pay each other. */
	static final int USERS = 40;

	private Wallets() {
	}

	static List<DevAccount> users() {
		return IntStream.range(0, USERS).mapToObj((i) -> wallet(100 + i, "user-" + i)).toList();
	}

	static DevAccount wallet(int index, String label) {
		String key = "0x" + HexFormat.of().formatHex(sha256("chainsignal-local-stack-demo/" + label));
		return new DevAccount(index, Credentials.create(key).getAddress(), key);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
