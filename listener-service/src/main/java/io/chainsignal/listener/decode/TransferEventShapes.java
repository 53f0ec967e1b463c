package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * Decodes the three shapes of {@code Transfer(address,address,uint256)} that share one
 * topic0: ERC-20 (amount in data), ERC-721 (token id indexed) and the legacy non-indexed
 * form.
 */
final class TransferEventShapes {

	private TransferEventShapes() {
	}

	/**
	 * Decode a log whose topic0 is Transfer.
	 * <ul>
	 * <li>3 topics + exactly 1 data word: ERC-20, from = topic1, to = topic2, value =
	 * word0, no token id.</li>
	 * <li>4 topics + empty data: ERC-721, from = topic1, to = topic2, token id = topic3,
	 * value = 1.</li>
	 * <li>1 topic + exactly 3 data words (the legacy, non-indexed event of
	 * CryptoKitties-era contracts): ERC-20 with from = word0, to = word1, value = word2,
	 * as ethereum-etl does. The log cannot tell whether word2 is an amount or a token id
	 * (CryptoKitties itself is an NFT), so this is a best guess that downstream consumers
	 * may refine per token.</li>
	 * <li>Anything else (2 topics, 4 topics with data, 3 topics with 0 or 2+ words, ...)
	 * is undecodable.</li>
	 * </ul>
	 */
	static List<DecodedTransfer> decode(List<String> topics, HexWords data, LogCoordinates at) {
		switch (topics.size()) {
			case 3 -> {
				requireWords(data, 1, "3 topics need exactly 1 data word");
				return List.of(at.transfer(TokenStandard.ERC20, address(topics, 1), address(topics, 2), null,
						data.uint256At(0), null, 0));
			}
			case 4 -> {
				if (data.byteLength() != 0) {
					throw new DecodeFailure("4 topics need empty data");
				}
				BigInteger tokenId = HexWords.topic(topics.get(3)).uint256At(0);
				return List.of(at.transfer(TokenStandard.ERC721, address(topics, 1), address(topics, 2), null,
						BigInteger.ONE, tokenId, 0));
			}
			case 1 -> {
				requireWords(data, 3, "1 topic needs exactly 3 data words");
				return List.of(at.transfer(TokenStandard.ERC20, data.addressAt(0), data.addressAt(HexWords.WORD), null,
						data.uint256At(2 * HexWords.WORD), null, 0));
			}
			default -> throw new DecodeFailure("needs 1, 3 or 4 topics");
		}
	}

	static void requireWords(HexWords data, int words, String reason) {
		if (data.byteLength() != words * HexWords.WORD) {
			throw new DecodeFailure(reason);
		}
	}

	static String address(List<String> topics, int index) {
		return HexWords.topic(topics.get(index)).addressAt(0);
	}

}
