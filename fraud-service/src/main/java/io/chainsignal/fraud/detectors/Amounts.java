package io.chainsignal.fraud.detectors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes token amounts the way a person reads them in a reason sentence: whole tokens
 * with grouping and the symbol when the metadata is known, base units otherwise.
 */
public final class Amounts {

	private Amounts() {
	}

	/**
	 * An amount of the transfer's token, such as {@code 2,500,000 USDC}.
	 * @param value the amount in base units
	 * @param transfer a transfer of the token, for its metadata and address
	 * @return the amount for a reason sentence
	 */
	public static String format(BigInteger value, Transfer transfer) {
		Integer decimals = transfer.tokenDecimals();
		String symbol = transfer.tokenSymbol();
		if (decimals == null) {
			return value + " base units of token " + transfer.tokenAddress();
		}
		BigDecimal whole = new BigDecimal(value, decimals).setScale(Math.min(decimals, 2), RoundingMode.DOWN);
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(whole) + " " + ((symbol != null && !symbol.isBlank()) ? symbol : transfer.tokenAddress());
	}

	/**
	 * One whole token in base units, when the token's decimals are known.
	 * @param transfer a transfer of the token
	 * @return 10^decimals, or null when decimals are unknown
	 */
	public static BigInteger wholeToken(Transfer transfer) {
		Integer decimals = transfer.tokenDecimals();
		return (decimals != null) ? BigInteger.TEN.pow(decimals) : null;
	}

	/**
	 * Whether {@code part >= share x whole}, exactly.
	 * @param part the part
	 * @param whole the whole
	 * @param share the share, such as 0.9
	 * @return the comparison
	 */
	public static boolean atLeastShare(BigInteger part, BigInteger whole, double share) {
		return new BigDecimal(part).compareTo(new BigDecimal(whole).multiply(BigDecimal.valueOf(share))) >= 0;
	}

}
