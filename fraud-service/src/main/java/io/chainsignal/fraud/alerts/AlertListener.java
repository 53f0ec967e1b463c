package io.chainsignal.fraud.alerts;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.topic.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the alert table from {@code fraud-alerts}, in its own consumer group, so the
 * table holds exactly what was published, retractions included.
 */
@Component
class AlertListener {

	private final AlertStore store;

	AlertListener(AlertStore store) {
		this.store = store;
	}

	@KafkaListener(id = "fraud-alert-store", groupId = "${chainsignal.fraud.alert-store.group-id:fraud-alert-store}",
			topics = Topics.FRAUD_ALERTS)
	void onAlert(RiskAlert alert) {
		if (alert != null) {
			this.store.upsert(alert);
		}
	}

}
