package io.chainsignal.common.alert;

import io.chainsignal.common.json.EventSerializer;

/**
 * Kafka value serializer of {@code fraud-alerts}: a {@link RiskAlert} as contract JSON.
 */
public class RiskAlertSerializer extends EventSerializer<RiskAlert> {

}
