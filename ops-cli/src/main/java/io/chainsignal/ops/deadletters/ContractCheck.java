package io.chainsignal.ops.deadletters;

import java.util.Map;
import java.util.function.Supplier;

import io.chainsignal.common.alert.RiskAlertDeserializer;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransferDeserializer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Checks a record against the event contract of the topic it is about to re-enter, with
 * the same deserializers the services use.
 */
final class ContractCheck {

	private static final Map<String, Supplier<Deserializer<?>>> CONTRACTS = Map.of(Topics.TOKEN_TRANSFERS,
			TokenTransferDeserializer::new, Topics.FRAUD_ALERTS, RiskAlertDeserializer::new);

	private ContractCheck() {
	}

	/**
	 * The reason a value breaks the contract of a topic.
	 * @param topic the target topic
	 * @param value the record's value
	 * @return the reason, or {@code null} if the value is valid or the topic has no
	 * contract here
	 */
	static String violation(String topic, byte[] value) {
		Supplier<Deserializer<?>> contract = CONTRACTS.get(topic);
		if (contract == null) {
			return null;
		}
		try (Deserializer<?> deserializer = contract.get()) {
			deserializer.deserialize(topic, value);
			return null;
		}
		catch (SerializationException ex) {
			return ex.getMessage();
		}
	}

}
