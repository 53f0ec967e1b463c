package io.chainsignal.listener.decode;

import java.util.List;

/**
 * The three token transfer events we decode, each with its topic0 and the decoder of its
 * shapes.
 */
enum TransferEvent {

	TRANSFER("Transfer", TransferLogDecoder.TRANSFER_TOPIC, TransferEventShapes::decode),

	TRANSFER_SINGLE("TransferSingle", TransferLogDecoder.TRANSFER_SINGLE_TOPIC, Erc1155EventShapes::decodeSingle),

	TRANSFER_BATCH("TransferBatch", TransferLogDecoder.TRANSFER_BATCH_TOPIC, Erc1155EventShapes::decodeBatch);

	private static final TransferEvent[] ALL = values();

	private final String eventName;

	private final String topic0;

	private final Shapes shapes;

	TransferEvent(String eventName, String topic0, Shapes shapes) {
		this.eventName = eventName;
		this.topic0 = topic0;
		this.shapes = shapes;
	}

	/**
	 * Find the event a topic0 names.
	 * @param topic0 the first topic of a log
	 * @return the event, or {@code null} when the log is not a transfer event
	 */
	static TransferEvent ofTopic0(String topic0) {
		for (TransferEvent event : ALL) {
			if (event.topic0.equalsIgnoreCase(topic0)) {
				return event;
			}
		}
		return null;
	}

	String eventName() {
		return this.eventName;
	}

	List<DecodedTransfer> decode(List<String> topics, HexWords data, LogCoordinates at) {
		return this.shapes.decode(topics, data, at);
	}

	/** Decoder of the topic and data shapes of one event. */
	@FunctionalInterface
	interface Shapes {

		List<DecodedTransfer> decode(List<String> topics, HexWords data, LogCoordinates at);

	}

}
