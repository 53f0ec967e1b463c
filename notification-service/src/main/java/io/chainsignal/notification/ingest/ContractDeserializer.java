package io.chainsignal.notification.ingest;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import io.chainsignal.common.alert.RiskAlertDeserializer;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransferDeserializer;

/**
 * Reads each consumed topic with its contract deserializer; spring-kafka's
 * {@code ErrorHandlingDeserializer} wraps it (see {@code application.yaml}), so a record
 * that breaks the contract reaches the error handler and its dead-letter topic.
 */
public class ContractDeserializer implements Deserializer<Object> {

	private final TokenTransferDeserializer transfers = new TokenTransferDeserializer();

	private final RiskAlertDeserializer alerts = new RiskAlertDeserializer();

	@Override
	public Object deserialize(String topic, byte[] data) {
		return switch (topic) {
			case Topics.TOKEN_TRANSFERS -> this.transfers.deserialize(topic, data);
			case Topics.FRAUD_ALERTS -> this.alerts.deserialize(topic, data);
			default -> throw new SerializationException("notification-service does not consume topic " + topic);
		};
	}

}
