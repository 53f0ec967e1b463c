package io.chainsignal.fraud.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.TokenSketch;
import io.chainsignal.fraud.detectors.state.TokenState;
import io.chainsignal.fraud.scoring.AlertAssembler;
import io.chainsignal.fraud.scoring.Hit;

/**
 * The stage keyed by (chain, token): keeps each token's amount sketch and runs the volume
 * detectors. A retraction withdraws alerts but leaves the amount in the sketch, whose
 * quantile one amount barely moves.
 */
final class TokenStage implements Processor<String, Envelope, String, Envelope> {

	static final String STATE = "fraud-token-state";

	static final String ALERTS = "fraud-token-alerts";

	static final int CHECKPOINT_EVERY = 100;

	static final int MAX_CACHED = 10_000;

	private final DetectorSettings settings;

	private final Detectors detectors;

	private final AlertAssembler assembler;

	private final TopologySettings topology;

	private ProcessorContext<String, Envelope> context;

	private KeyValueStore<String, TokenState> states;

	/**
	 * Live sketches of this task's tokens, checkpointed to the store every 100 amounts
	 * and every second.
	 */
	private Map<String, TokenSketch> sketches;

	private AlertOutbox outbox;

	TokenStage(DetectorSettings settings, Detectors detectors, AlertAssembler assembler, TopologySettings topology) {
		this.settings = settings;
		this.detectors = detectors;
		this.assembler = assembler;
		this.topology = topology;
	}

	@Override
	public void init(ProcessorContext<String, Envelope> context) {
		this.context = context;
		this.states = context.getStateStore(STATE);
		this.sketches = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, TokenSketch> eldest) {
				if (size() <= MAX_CACHED) {
					return false;
				}
				checkpoint(eldest.getKey(), eldest.getValue());
				return true;
			}

		};
		context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME,
				(now) -> this.sketches.forEach(this::checkpoint));
		this.outbox = new AlertOutbox(context.getStateStore(ALERTS));
		context.schedule(this.topology.alertRetention().dividedBy(100).plusSeconds(1), PunctuationType.WALL_CLOCK_TIME,
				(now) -> this.outbox.prune(Instant.ofEpochMilli(now), this.topology.alertRetention()));
	}

	@Override
	public void process(Record<String, Envelope> record) {
		Transfer transfer = record.value().transfer();
		Instant now = Instant.ofEpochMilli(this.context.currentSystemTimeMs());
		if (record.value().kind() == Envelope.Kind.RETRACT_TOKEN) {
			this.outbox.retract(transfer.eventId(), now, (alert) -> forward(alert.key(), alert, record.timestamp()));
			return;
		}
		List<Hit> hits = new ArrayList<>();
		this.detectors.mintBurn().evaluate(transfer).ifPresent(hits::add);
		if (this.detectors.large().applies(transfer)) {
			TokenSketch sketch = this.sketches.computeIfAbsent(record.key(),
					(key) -> TokenSketch.of(this.states.get(key)));
			Optional<Hit> large = this.detectors.large().evaluate(sketch, transfer);
			large.ifPresent(hits::add);
			if (large.isEmpty()) {
				// Outliers stay out of the sketch, so one whale cannot raise the bar for
				// the next.
				sketch.add(transfer.value().doubleValue(), this.settings.largeTransfer().rotateAfter());
				if (sketch.unsaved() >= CHECKPOINT_EVERY) {
					checkpoint(record.key(), sketch);
				}
			}
		}
		if (!hits.isEmpty()) {
			this.outbox.raise(this.assembler.assemble(transfer.chainId(), hits, transfer.transactionHash(),
					transfer.blockNumber(), now), (alert) -> forward(alert.key(), alert, record.timestamp()));
		}
	}

	private void checkpoint(String key, TokenSketch sketch) {
		if (sketch.unsaved() > 0) {
			this.states.put(key, sketch.toState());
		}
	}

	private void forward(String key, io.chainsignal.common.alert.RiskAlert alert, long timestamp) {
		this.context.forward(new Record<>(key, Envelope.alert(alert), timestamp));
	}

}
