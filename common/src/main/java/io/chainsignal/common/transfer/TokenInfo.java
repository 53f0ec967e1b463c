package io.chainsignal.common.transfer;

import io.chainsignal.common.json.Fields;

/**
 * Token metadata read from the contract when known; each part is null when the contract
 * does not answer it (ERC-721 has no decimals, some tokens have no name).
 *
 * @param symbol the token symbol, or null
 * @param name the token name, or null
 * @param decimals the decimals of an ERC-20 amount (0 to 255), or null
 */
public record TokenInfo(String symbol, String name, Integer decimals) {

	public TokenInfo {
		if (decimals != null) {
			Fields.between("decimals", decimals, 0, 255);
		}
	}

}
