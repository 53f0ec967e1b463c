package io.chainsignal.common.transfer;

import io.chainsignal.common.json.EventDeserializer;
import io.chainsignal.common.json.EventJson;

/**
 * Kafka value deserializer of {@code token-transfers}: contract JSON to a validated
 * {@link TokenTransfer}, or {@link io.chainsignal.common.json.EventValidationException}.
 *
 * <p>
 * Valid events take the streaming {@link TokenTransferReader}; anything it does not
 * accept is read again by {@link EventJson#read}, which either accepts it (a form the
 * streaming reader leaves to it) or throws the exception that names the field.
 */
public class TokenTransferDeserializer extends EventDeserializer<TokenTransfer> {

	public TokenTransferDeserializer() {
		super(TokenTransfer.class);
	}

	@Override
	public TokenTransfer deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		TokenTransfer transfer = TokenTransferReader.read(data);
		return (transfer != null) ? transfer : EventJson.read(data, TokenTransfer.class);
	}

}
