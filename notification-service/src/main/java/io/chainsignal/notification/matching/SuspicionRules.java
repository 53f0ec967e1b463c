package io.chainsignal.notification.matching;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;

/**
 * Cheap local rules that flag the transfers users complain about: zero-value transfers,
 * dust, and address poisoning (a counterparty that looks like the watched address: same
 * first and last four hex digits, different address).
 */
final class SuspicionRules {

	static final String ZERO_VALUE = "zero_value";

	static final String DUST = "dust";

	static final String LOOKALIKE = "lookalike_counterparty";

	private final BigDecimal dustBelow;

	SuspicionRules(BigDecimal dustBelow) {
		this.dustBelow = dustBelow;
	}

	List<String> flags(TokenTransfer transfer, String watchedAddress) {
		List<String> flags = new ArrayList<>(2);
		boolean fungible = transfer.tokenStandard() != TokenStandard.ERC721;
		if (fungible && transfer.value().signum() == 0) {
			flags.add(ZERO_VALUE);
		}
		else if (transfer.tokenStandard() == TokenStandard.ERC20 && transfer.token() != null
				&& transfer.token().decimals() != null && isDust(transfer.value(), transfer.token().decimals())) {
			flags.add(DUST);
		}
		if (watchedAddress != null) {
			String counterparty = watchedAddress.equals(transfer.toAddress()) ? transfer.fromAddress()
					: transfer.toAddress();
			if (looksAlike(watchedAddress, counterparty)) {
				flags.add(LOOKALIKE);
			}
		}
		return flags;
	}

	private boolean isDust(BigInteger value, int decimals) {
		return new BigDecimal(value, decimals).compareTo(this.dustBelow) < 0;
	}

	static boolean looksAlike(String a, String b) {
		return !a.equals(b) && a.regionMatches(2, b, 2, 4) && a.regionMatches(a.length() - 4, b, b.length() - 4, 4);
	}

}
