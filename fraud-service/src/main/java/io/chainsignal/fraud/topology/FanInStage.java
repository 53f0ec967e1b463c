package io.chainsignal.fraud.topology;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.flow.FanInSweepDetector;
import io.chainsignal.fraud.detectors.state.FanInState;
import io.chainsignal.fraud.scoring.AlertAssembler;

/**
 * The stage keyed by (chain, receiver) that counts the sweeps the address stage found and
 * raises fan-in alerts.
 */
final class FanInStage implements Processor<String, Envelope, String, Envelope> {

	static final String STATE = "fraud-fan-in-state";

	static final String ALERTS = "fraud-fan-in-alerts";

	private final FanInSweepDetector detector;

	private final AlertAssembler assembler;

	private final TopologySettings topology;

	private ProcessorContext<String, Envelope> context;

	private KeyValueStore<String, FanInState> states;

	private AlertOutbox outbox;

	FanInStage(FanInSweepDetector detector, AlertAssembler assembler, TopologySettings topology) {
		this.detector = detector;
		this.assembler = assembler;
		this.topology = topology;
	}

	@Override
	public void init(ProcessorContext<String, Envelope> context) {
		this.context = context;
		this.states = context.getStateStore(STATE);
		this.outbox = new AlertOutbox(context.getStateStore(ALERTS));
		context.schedule(this.topology.alertRetention().dividedBy(100).plusSeconds(1), PunctuationType.WALL_CLOCK_TIME,
				(now) -> this.outbox.prune(Instant.ofEpochMilli(now), this.topology.alertRetention()));
	}

	@Override
	public void process(Record<String, Envelope> record) {
		Transfer transfer = record.value().transfer();
		FanInState state = this.states.get(record.key());
		if (state == null) {
			state = FanInState.empty();
		}
		Instant now = Instant.ofEpochMilli(this.context.currentSystemTimeMs());
		if (record.value().kind() == Envelope.Kind.RETRACT_SWEEP) {
			state.sweeps().removeIf((sweep) -> sweep.eventId().equals(transfer.eventId()));
			this.outbox.retract(transfer.eventId(), now, (alert) -> this.context
				.forward(new Record<>(alert.key(), Envelope.alert(alert), record.timestamp())));
		}
		else {
			this.detector.evaluate(state, transfer)
				.ifPresent((hit) -> this.outbox.raise(
						this.assembler.assemble(transfer.chainId(), List.of(hit), transfer.transactionHash(),
								transfer.blockNumber(), now),
						(alert) -> this.context
							.forward(new Record<>(alert.key(), Envelope.alert(alert), record.timestamp()))));
		}
		if (state.sweeps().isEmpty() && state.quietUntil().isEmpty()) {
			this.states.delete(record.key());
		}
		else {
			this.states.put(record.key(), state);
		}
	}

}
