package io.chainsignal.fraud.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.common.alert.AlertStatus;
import io.chainsignal.common.alert.RiskAlert;

/**
 * A stage's record of the alerts it raised, indexed by each evidence event id, so that a
 * retraction arriving at the same stage withdraws exactly the alerts that event caused.
 */
final class AlertOutbox {

	private final KeyValueStore<String, AlertList> store;

	AlertOutbox(KeyValueStore<String, AlertList> store) {
		this.store = store;
	}

	void raise(List<RiskAlert> alerts, Consumer<RiskAlert> forward) {
		for (RiskAlert alert : alerts) {
			for (String eventId : alert.evidenceEventIds()) {
				AlertList existing = this.store.get(eventId);
				List<RiskAlert> list = new ArrayList<>((existing != null) ? existing.alerts() : List.of());
				list.removeIf((other) -> other.alertId().equals(alert.alertId()));
				list.add(alert);
				this.store.put(eventId, new AlertList(list));
			}
			forward.accept(alert);
		}
	}

	void retract(String eventId, Instant now, Consumer<RiskAlert> forward) {
		AlertList existing = this.store.delete(eventId);
		if (existing != null) {
			existing.alerts().forEach((alert) -> forward.accept(alert.withStatus(AlertStatus.RETRACTED, now)));
		}
	}

	void prune(Instant now, Duration retention) {
		Instant horizon = now.minus(retention);
		List<String> expired = new ArrayList<>();
		try (KeyValueIterator<String, AlertList> all = this.store.all()) {
			while (all.hasNext()) {
				KeyValue<String, AlertList> entry = all.next();
				if (entry.value.alerts().stream().allMatch((alert) -> alert.createdAt().isBefore(horizon))) {
					expired.add(entry.key);
				}
			}
		}
		expired.forEach(this.store::delete);
	}

}
