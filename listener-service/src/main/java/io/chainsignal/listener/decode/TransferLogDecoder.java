package io.chainsignal.listener.decode;

import java.util.List;

import org.web3j.protocol.core.methods.response.Log;

/**
 * Turns one Ethereum log into the token transfers it records: the single entry point of
 * this package for the pipeline. Pure, stateless and thread-safe.
 *
 * <p>
 * Rules (addresses and hashes come out lower-case; amounts and ids are unsigned 256-bit):
 * <ul>
 * <li>topic0 {@link #TRANSFER_TOPIC}: 3 topics + 1 data word is ERC-20; 4 topics + empty
 * data is ERC-721 (value 1, token id = topic3); 1 topic + 3 data words is the legacy
 * non-indexed form, read as ERC-20 (from, to, value in data). See
 * {@link TransferEventShapes}.</li>
 * <li>topic0 {@link #TRANSFER_SINGLE_TOPIC}: 4 topics (operator, from, to) + 2 words (id,
 * value) is one ERC-1155 transfer.</li>
 * <li>topic0 {@link #TRANSFER_BATCH_TOPIC}: 4 topics + ABI {@code (uint256[], uint256[])}
 * is one ERC-1155 transfer per pair, numbered by {@code batchIndex}; empty arrays give
 * none.</li>
 * <li>Any other shape under those three topic0s, an address word whose upper 12 bytes are
 * not zero, or missing coordinates (a pending log) give
 * {@link DecodeResult.Unrecognised}.</li>
 * <li>Any other topic0 (Approval, Swap, ...) gives no transfers, which is not an
 * error.</li>
 * <li>The {@code removed} flag is ignored: the pipeline handles reorgs itself.</li>
 * </ul>
 */
public final class TransferLogDecoder {

	/** topic0 of {@code Transfer(address,address,uint256)} (ERC-20 and ERC-721). */
	public static final String TRANSFER_TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

	/**
	 * topic0 of {@code TransferSingle(address,address,address,uint256,uint256)}
	 * (ERC-1155).
	 */
	public static final String TRANSFER_SINGLE_TOPIC = "0xc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62";

	/**
	 * topic0 of {@code TransferBatch(address,address,address,uint256[],uint256[])}
	 * (ERC-1155).
	 */
	public static final String TRANSFER_BATCH_TOPIC = "0x4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb";

	/** The three topic0 values above, for an {@code eth_getLogs} topic filter. */
	public static final List<String> TOPICS = List.of(TRANSFER_TOPIC, TRANSFER_SINGLE_TOPIC, TRANSFER_BATCH_TOPIC);

	/**
	 * Decode one log.
	 * @param log a log as returned by {@code eth_getLogs} or in a receipt
	 * @return the transfers (possibly none), or why a transfer-event log is undecodable
	 */
	public DecodeResult decode(Log log) {
		List<String> topics = log.getTopics();
		if (topics == null || topics.isEmpty() || topics.get(0) == null) {
			return DecodeResult.none();
		}
		TransferEvent event = TransferEvent.ofTopic0(topics.get(0));
		if (event == null) {
			return DecodeResult.none();
		}
		try {
			List<DecodedTransfer> transfers = event.decode(topics, HexWords.of(log.getData()), LogCoordinates.of(log));
			return transfers.isEmpty() ? DecodeResult.none() : new DecodeResult.Transfers(transfers);
		}
		catch (DecodeFailure ex) {
			return new DecodeResult.Unrecognised(event.eventName() + ": " + ex.getMessage());
		}
	}

}
