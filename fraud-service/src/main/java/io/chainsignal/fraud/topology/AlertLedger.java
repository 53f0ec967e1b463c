package io.chainsignal.fraud.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;

/**
 * The last stage, keyed like {@code fraud-alerts} by (chain, subject): remembers each
 * alert_id's status, so an alert is published RAISED once and RETRACTED once, whatever
 * replays or repeated retractions reach it; a retracted alert may be raised again when
 * its evidence is re-included.
 *
 * <p>
 * The memory is bounded: an alert_id is forgotten {@code ledger-retention} (30 days by
 * default) of wall-clock time after its last status change, through an expiry index
 * ordered by that time, so a purge reads only what expires.
 */
final class AlertLedger implements Processor<String, Envelope, String, RiskAlert> {

	static final String STORE = "fraud-alert-ledger";

	static final String EXPIRY = "fraud-alert-ledger-expiry";

	private final Duration retention;

	private ProcessorContext<String, RiskAlert> context;

	private KeyValueStore<String, String> ledger;

	private KeyValueStore<String, String> expiry;

	AlertLedger(Duration retention) {
		this.retention = retention;
	}

	@Override
	public void init(ProcessorContext<String, RiskAlert> context) {
		this.context = context;
		this.ledger = context.getStateStore(STORE);
		this.expiry = context.getStateStore(EXPIRY);
		context.schedule(this.retention.dividedBy(100).plusSeconds(1), PunctuationType.WALL_CLOCK_TIME,
				this::forgetExpired);
	}

	@Override
	public void process(Record<String, Envelope> record) {
		RiskAlert alert = record.value().alert();
		Entry previous = Entry.parse(this.ledger.get(alert.alertId()));
		boolean raised = previous != null && previous.status() == AlertStatus.RAISED;
		boolean publish = (alert.status() == AlertStatus.RAISED) ? !raised : raised;
		if (publish) {
			long now = this.context.currentSystemTimeMs();
			this.ledger.put(alert.alertId(), new Entry(alert.status(), now).toString());
			this.expiry.put(TransactionStage.expiryKey(now, alert.alertId()), alert.alertId());
			this.context.forward(new Record<>(alert.key(), alert, record.timestamp()));
		}
	}

	void forgetExpired(long now) {
		long horizon = now - this.retention.toMillis();
		List<KeyValue<String, String>> expired = new ArrayList<>();
		try (KeyValueIterator<String, String> old = this.expiry.range(TransactionStage.expiryKey(0, ""),
				TransactionStage.expiryKey(horizon, "~"))) {
			old.forEachRemaining(expired::add);
		}
		for (KeyValue<String, String> entry : expired) {
			this.expiry.delete(entry.key);
			Entry current = Entry.parse(this.ledger.get(entry.value));
			// A later status change wrote a newer expiry key: only that one forgets it.
			if (current != null && current.changedAtMs() <= horizon) {
				this.ledger.delete(entry.value);
			}
		}
	}

	/**
	 * What the ledger remembers of one alert_id, stored as {@code STATUS|millis}.
	 *
	 * @param status the last published status
	 * @param changedAtMs wall-clock time of that publication
	 */
	record Entry(AlertStatus status, long changedAtMs) {

		static Entry parse(String value) {
			if (value == null) {
				return null;
			}
			int bar = value.indexOf('|');
			return new Entry(AlertStatus.valueOf(value.substring(0, bar)), Long.parseLong(value.substring(bar + 1)));
		}

		@Override
		public String toString() {
			return this.status.name() + "|" + this.changedAtMs;
		}

	}

}
