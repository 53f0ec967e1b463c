package io.chainsignal.fraud.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;

/**
 * The last stage, keyed like {@code fraud-alerts} by (chain, subject): remembers each
 * alert_id's status, so an alert is published RAISED once and RETRACTED once, whatever
 * replays or repeated retractions reach it; a retracted alert may be raised again when
 * its evidence is re-included.
 */
final class AlertLedger implements Processor<String, Envelope, String, RiskAlert> {

	static final String STORE = "fraud-alert-ledger";

	private ProcessorContext<String, RiskAlert> context;

	private KeyValueStore<String, String> ledger;

	@Override
	public void init(ProcessorContext<String, RiskAlert> context) {
		this.context = context;
		this.ledger = context.getStateStore(STORE);
	}

	@Override
	public void process(Record<String, Envelope> record) {
		RiskAlert alert = record.value().alert();
		String previous = this.ledger.get(alert.alertId());
		boolean publish = (alert.status() == AlertStatus.RAISED) ? !AlertStatus.RAISED.name().equals(previous)
				: AlertStatus.RAISED.name().equals(previous);
		if (publish) {
			this.ledger.put(alert.alertId(), alert.status().name());
			this.context.forward(new Record<>(alert.key(), alert, record.timestamp()));
		}
	}

}
