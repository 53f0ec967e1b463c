package io.chainsignal.notification.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
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

	/**
	 * One poll of transfers at a time, so that matching transfers share one transaction.
	 * A record that could not be read ends the valid part of the batch: the records
	 * before it are routed, and the error handler dead-letters it and reads on after it.
	 */
	@KafkaListener(id = TRANSFERS_LISTENER, idIsGroup = false, topics = Topics.TOKEN_TRANSFERS, batch = "true")
	void onTransfers(List<ConsumerRecord<String, TokenTransfer>> records) {
		List<TokenTransfer> transfers = new ArrayList<>(records.size());
		for (ConsumerRecord<String, TokenTransfer> record : records) {
			if (record.value() != null) {
				transfers.add(record.value());
				continue;
			}
			DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
					SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, null);
			if (unreadable != null) {
				this.router.transfers(transfers);
				throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, record);
			}
		}
		this.router.transfers(transfers);
	}

	@KafkaListener(id = ALERTS_LISTENER, idIsGroup = false, topics = Topics.FRAUD_ALERTS)
	void onAlert(ConsumerRecord<String, RiskAlert> record) {
		if (record.value() != null) {
			this.router.alert(record.value());
		}
	}

}
