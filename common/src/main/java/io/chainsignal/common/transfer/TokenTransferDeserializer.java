package io.chainsignal.common.transfer;

import io.chainsignal.common.json.EventDeserializer;

/**
 * Kafka value deserializer of {@code token-transfers}: contract JSON to a validated
 * {@link TokenTransfer}, or {@link io.chainsignal.common.json.EventValidationException}.
 */
public class TokenTransferDeserializer extends EventDeserializer<TokenTransfer> {

	public TokenTransferDeserializer() {
		super(TokenTransfer.class);
	}

}
