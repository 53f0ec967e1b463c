package io.chainsignal.listener.decode;

import java.util.List;

/**
 * What {@link TransferLogDecoder} made of one log: either the transfers it holds (none
 * for a log that is not a token transfer event) or the reason a transfer-event log could
 * not be decoded.
 */
public sealed interface DecodeResult permits DecodeResult.Transfers, DecodeResult.Unrecognised {

	/**
	 * The result for a log that is not a transfer event at all.
	 * @return an empty {@link Transfers}
	 */
	static Transfers none() {
		return Transfers.NONE;
	}

	/**
	 * Transfers decoded from one log, in batch order; empty for logs whose topic0 is not
	 * one of ours and for an ERC-1155 TransferBatch with empty arrays.
	 *
	 * @param transfers the decoded transfers, never {@code null}
	 */
	record Transfers(List<DecodedTransfer> transfers) implements DecodeResult {

		static final Transfers NONE = new Transfers(List.of());

		public Transfers {
			transfers = List.copyOf(transfers);
		}

	}

	/**
	 * A log whose topic0 is Transfer, TransferSingle or TransferBatch but whose topics or
	 * data do not have a shape we can decode. The pipeline counts it, logs it once with
	 * its coordinates, and skips it.
	 *
	 * @param reason a short fixed phrase (no per-log values), safe to use as a metric tag
	 */
	record Unrecognised(String reason) implements DecodeResult {

	}

}
