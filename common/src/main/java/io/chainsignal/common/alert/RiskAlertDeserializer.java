package io.chainsignal.common.alert;

import io.chainsignal.common.json.EventDeserializer;

/**
 * Kafka value deserializer of {@code fraud-alerts}: contract JSON to a validated
 * {@link RiskAlert}, or {@link io.chainsignal.common.json.EventValidationException}.
 */
public class RiskAlertDeserializer extends EventDeserializer<RiskAlert> {

	public RiskAlertDeserializer() {
		super(RiskAlert.class);
	}

}
