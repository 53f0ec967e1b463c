package io.chainsignal.fraud.detectors;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * Facts about addresses and transfers that several detectors share.
 */
public final class Addresses {

	/** The zero address, the {@code from} of a mint and the {@code to} of a burn. */
	public static final String ZERO = "0x0000000000000000000000000000000000000000";

	private Addresses() {
	}

	/**
	 * Whether a transfer creates tokens.
	 * @param transfer the transfer
	 * @return true for a mint
	 */
	public static boolean isMint(Transfer transfer) {
		return ZERO.equals(transfer.fromAddress());
	}

	/**
	 * Whether a transfer destroys tokens.
	 * @param transfer the transfer
	 * @return true for a burn
	 */
	public static boolean isBurn(Transfer transfer) {
		return ZERO.equals(transfer.toAddress());
	}

	/**
	 * Whether a transfer's value is an amount of a fungible token, which the amount-based
	 * detectors need.
	 * @param transfer the transfer
	 * @return true for ERC-20
	 */
	public static boolean isFungible(Transfer transfer) {
		return transfer.tokenStandard() == TokenStandard.ERC20;
	}

	/**
	 * Whether two different addresses share their first and last hex characters, the way
	 * address-poisoning vanity addresses imitate a real one. An all-zero prefix never
	 * matches, since many unrelated contracts and vanity addresses start with zeros.
	 * @param a one address
	 * @param b another address
	 * @param prefixChars hex characters after {@code 0x}
	 * @param suffixChars last hex characters
	 * @return true when they differ yet look alike
	 */
	public static boolean lookAlike(String a, String b, int prefixChars, int suffixChars) {
		if (a.equals(b)) {
			return false;
		}
		String prefix = a.substring(2, 2 + prefixChars);
		if (prefix.chars().allMatch((c) -> c == '0')) {
			return false;
		}
		return prefix.equals(b.substring(2, 2 + prefixChars))
				&& a.substring(a.length() - suffixChars).equals(b.substring(b.length() - suffixChars));
	}

}
