package io.chainsignal.listener.decode;

/**
 * Where the two {@code uint256[]} arrays of an ERC-1155 TransferBatch lie inside its
 * data, found with strict bounds checks so that a hostile log cannot make us read out of
 * range or allocate for a huge declared length.
 *
 * @param idsStart byte offset of the first id
 * @param valuesStart byte offset of the first value
 * @param count number of (id, value) pairs
 */
record BatchLayout(long idsStart, long valuesStart, int count) {

	/**
	 * Locate the arrays. Each head word is an offset (relative to the start of data) to a
	 * length word followed by that many elements; both arrays must lie wholly inside data
	 * and have the same length. Offsets need not be word-aligned, and extra trailing
	 * bytes are tolerated, as Solidity's own decoder does.
	 * @param data the log data
	 * @return the layout
	 */
	static BatchLayout of(HexWords data) {
		if (!data.isWholeWords()) {
			throw new DecodeFailure("data is not whole 32-byte words");
		}
		if (data.wordCount() < 2) {
			throw new DecodeFailure("data is shorter than its two array offsets");
		}
		long idsLength = arrayLength(data, 0);
		long valuesLength = arrayLength(data, HexWords.WORD);
		if (idsLength != valuesLength) {
			throw new DecodeFailure("ids and values have different lengths");
		}
		return new BatchLayout(data.smallUintAt(0) + HexWords.WORD, data.smallUintAt(HexWords.WORD) + HexWords.WORD,
				(int) idsLength);
	}

	long idAt(int index) {
		return this.idsStart + (long) index * HexWords.WORD;
	}

	long valueAt(int index) {
		return this.valuesStart + (long) index * HexWords.WORD;
	}

	private static long arrayLength(HexWords data, int headOffset) {
		long offset = data.smallUintAt(headOffset);
		if (offset < 0 || offset + HexWords.WORD > data.byteLength()) {
			throw new DecodeFailure("array offset is out of range");
		}
		long length = data.smallUintAt(offset);
		long room = (data.byteLength() - offset - HexWords.WORD) / HexWords.WORD;
		if (length < 0 || length > room) {
			throw new DecodeFailure("array length exceeds the data");
		}
		return length;
	}

}
