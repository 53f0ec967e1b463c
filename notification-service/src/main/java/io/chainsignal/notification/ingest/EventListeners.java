package io.chainsignal.notification.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The two Kafka listeners of the {@code notification} group.
 */
@Component
class EventListeners {

	static final String TRANSFERS_LISTENER = "notification-transfers";

	static final String ALERTS_LISTENER = "notification-alerts";

	private final EventRouter router;

	EventListeners(EventRouter router) {
		this.router = router;
	}

	@KafkaListener(id = TRANSFERS_LISTENER, idIsGroup = false, topics = Topics.TOKEN_TRANSFERS)
	void onTransfer(ConsumerRecord<String, TokenTransfer> record) {
		if (record.value() != null) {
			this.router.transfer(record.value());
		}
	}

	@KafkaListener(id = ALERTS_LISTENER, idIsGroup = false, topics = Topics.FRAUD_ALERTS)
	void onAlert(ConsumerRecord<String, RiskAlert> record) {
		if (record.value() != null) {
			this.router.alert(record.value());
		}
	}

}
