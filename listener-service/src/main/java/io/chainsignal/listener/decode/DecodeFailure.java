package io.chainsignal.listener.decode;

/**
 * Internal signal that a transfer-event log has an undecodable shape;
 * {@link TransferLogDecoder} turns it into {@link DecodeResult.Unrecognised}. It carries
 * no stack trace, so raising it is cheap.
 */
final class DecodeFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DecodeFailure(String reason) {
		super(reason, null, false, false);
	}

}
