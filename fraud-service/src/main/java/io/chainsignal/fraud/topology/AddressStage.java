package io.chainsignal.fraud.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Leg;
import io.chainsignal.fraud.detectors.state.Mark;
import io.chainsignal.fraud.scoring.AlertAssembler;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * The stage keyed by (chain, address): keeps each address's state and runs the detectors
 * that judge an address's own legs (sanctions, poisoning, pass-through, fan-out, round
 * trip); it hands sweeps on to the fan-in stage keyed by their receiver.
 */
final class AddressStage implements Processor<String, Envelope, String, Envelope> {

	static final String STATE = "fraud-address-state";

	static final String ALERTS = "fraud-address-alerts";

	private final DetectorSettings settings;

	private final Detectors detectors;

	private final AlertAssembler assembler;

	private final TopologySettings topology;

	private final AlertAssembler.Suppression suppression;

	private ProcessorContext<String, Envelope> context;

	private KeyValueStore<String, AddressState> states;

	private AlertOutbox outbox;

	AddressStage(DetectorSettings settings, Detectors detectors, AlertAssembler assembler, TopologySettings topology,
			AlertAssembler.Suppression suppression) {
		this.settings = settings;
		this.suppression = suppression;
		this.detectors = detectors;
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
		Envelope envelope = record.value();
		Transfer transfer = envelope.transfer();
		if (this.suppression.suppressesAll(record.key().substring(record.key().indexOf(':') + 1))) {
			// Allowlisted for every detector (a hot wallet, a router): keeping its state
			// would cost without use.
			return;
		}
		AddressState state = this.states.get(record.key());
		if (state == null) {
			state = AddressState.empty();
		}
		state.prune(transfer.blockTimestamp(), this.settings);
		List<Hit> hits = new ArrayList<>();
		switch (envelope.kind()) {
			case OUT -> outgoing(state, transfer, hits, record.timestamp());
			case IN -> incoming(state, transfer, hits);
			case MARK -> state.marks()
				.add(new Mark(envelope.poisoner(), DetectorId.ZERO_VALUE_POISONING.wireId(),
						transfer.blockTimestamp() + this.settings.poisoningPayout().watchFor().toSeconds(),
						envelope.evidence()));
			case RETRACT_OUT, RETRACT_IN -> {
				boolean out = envelope.kind() == Envelope.Kind.RETRACT_OUT;
				state.forget(transfer.eventId());
				state.addFlow(transfer, out, -1);
				if (out) {
					forward(transfer.chainId() + ":" + transfer.toAddress(),
							Envelope.of(Envelope.Kind.RETRACT_SWEEP, transfer), record.timestamp());
				}
				this.outbox.retract(transfer.eventId(), now(),
						(alert) -> forward(alert.key(), Envelope.alert(alert), record.timestamp()));
			}
			default -> throw new IllegalStateException("Not an address message: " + envelope.kind());
		}
		this.states.put(record.key(), state);
		if (!hits.isEmpty()) {
			this.outbox.raise(
					this.assembler.assemble(transfer.chainId(), hits, transfer.transactionHash(),
							transfer.blockNumber(), now()),
					(alert) -> forward(alert.key(), Envelope.alert(alert), record.timestamp()));
		}
	}

	private void outgoing(AddressState state, Transfer transfer, List<Hit> hits, long timestamp) {
		add(hits, this.detectors.sanctioned().evaluate(transfer, true));
		add(hits, this.detectors.payout().evaluate(state, transfer));
		add(hits, this.detectors.passThrough().evaluate(state, transfer));
		boolean sweep = Addresses.isFungible(transfer) && !Addresses.isBurn(transfer)
				&& this.detectors.fanIn().isSweep(state, transfer);
		if (transfer.value().signum() != 0) {
			// No detector reads a zero-value leg: fan-out, round trip and pass-through
			// all skip them.
			state.outgoing().add(Leg.of(transfer, true));
		}
		if (transfer.value().signum() != 0 && !Addresses.isBurn(transfer)) {
			state.touchCounterparty(transfer.toAddress(), transfer.blockTimestamp(), transfer.eventId());
		}
		state.addFlow(transfer, true, 1);
		add(hits, this.detectors.fanOut().evaluate(state, transfer));
		if (sweep) {
			forward(transfer.chainId() + ":" + transfer.toAddress(), Envelope.of(Envelope.Kind.SWEEP, transfer),
					timestamp);
		}
	}

	private void incoming(AddressState state, Transfer transfer, List<Hit> hits) {
		add(hits, this.detectors.sanctioned().evaluate(transfer, false));
		Optional<Hit> lookalike = this.detectors.lookalike().evaluate(state, transfer);
		add(hits, lookalike);
		add(hits, this.detectors.roundTrip().evaluate(state, transfer));
		if (transfer.value().signum() != 0) {
			state.incoming().add(Leg.of(transfer, false));
		}
		if (lookalike.isPresent()) {
			state.marks()
				.add(new Mark(transfer.fromAddress(), DetectorId.LOOKALIKE_COUNTERPARTY.wireId(),
						transfer.blockTimestamp() + this.settings.poisoningPayout().watchFor().toSeconds(),
						List.of(transfer.eventId())));
		}
		else if (transfer.value().signum() != 0 && !Addresses.isMint(transfer)
				&& state.marks().stream().noneMatch((mark) -> mark.poisoner().equals(transfer.fromAddress()))) {
			state.touchCounterparty(transfer.fromAddress(), transfer.blockTimestamp(), transfer.eventId());
		}
		state.addFlow(transfer, false, 1);
	}

	private static void add(List<Hit> hits, Optional<Hit> hit) {
		hit.ifPresent(hits::add);
	}

	private void forward(String key, Envelope envelope, long timestamp) {
		this.context.forward(new Record<>(key, envelope, timestamp));
	}

	private Instant now() {
		return Instant.ofEpochMilli(this.context.currentSystemTimeMs());
	}

}
