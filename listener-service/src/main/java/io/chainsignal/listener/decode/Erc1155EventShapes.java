package io.chainsignal.listener.decode;

import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;

/**
 * Decodes ERC-1155 {@code TransferSingle} and {@code TransferBatch} logs; both index
 * operator, from and to in topics 1-3 and carry ids and amounts in data.
 */
final class Erc1155EventShapes {

	private Erc1155EventShapes() {
	}

	/**
	 * TransferSingle: 4 topics + exactly 2 data words (id, value): one transfer, batch
	 * index 0.
	 */
	static List<DecodedTransfer> decodeSingle(List<String> topics, HexWords data, LogCoordinates at) {
		if (topics.size() != 4) {
			throw new DecodeFailure("needs 4 topics");
		}
		TransferEventShapes.requireWords(data, 2, "needs exactly 2 data words");
		return List.of(at.transfer(TokenStandard.ERC1155, TransferEventShapes.address(topics, 2),
				TransferEventShapes.address(topics, 3), TransferEventShapes.address(topics, 1),
				data.uint256At(HexWords.WORD), data.uint256At(0), 0));
	}

	/**
	 * TransferBatch: 4 topics + ABI-encoded {@code (uint256[] ids, uint256[] values)}:
	 * one transfer per (id, value) pair, batch index = position; empty arrays give no
	 * transfers.
	 */
	static List<DecodedTransfer> decodeBatch(List<String> topics, HexWords data, LogCoordinates at) {
		if (topics.size() != 4) {
			throw new DecodeFailure("needs 4 topics");
		}
		String operator = TransferEventShapes.address(topics, 1);
		String from = TransferEventShapes.address(topics, 2);
		String to = TransferEventShapes.address(topics, 3);
		BatchLayout layout = BatchLayout.of(data);
		if (layout.count() == 0) {
			return List.of();
		}
		List<DecodedTransfer> transfers = new ArrayList<>(layout.count());
		for (int i = 0; i < layout.count(); i++) {
			transfers.add(at.transfer(TokenStandard.ERC1155, from, to, operator, data.uint256At(layout.valueAt(i)),
					data.uint256At(layout.idAt(i)), i));
		}
		return List.copyOf(transfers);
	}

}
