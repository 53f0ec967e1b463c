package io.chainsignal.common.transfer;

import io.chainsignal.common.json.EventSerializer;

/**
 * Kafka value serializer of {@code token-transfers}: a {@link TokenTransfer} as contract
 * JSON.
 */
public class TokenTransferSerializer extends EventSerializer<TokenTransfer> {

}
