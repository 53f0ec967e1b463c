package io.chainsignal.fraud.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.poisoning.ZeroValuePoisoningDetector;
import io.chainsignal.fraud.scoring.AlertAssembler;

/**
 * The first stage, on the input partitions keyed by transaction: applies the lifecycle
 * rules per event id, holds each transaction until it is complete, runs the
 * transaction-wide detector and fans every scored transfer out to the address and token
 * stages; a REMOVED of an applied placement becomes retractions instead.
 */
final class TransactionStage implements Processor<String, TokenTransfer, String, Envelope> {

	static final String LIFECYCLE = "fraud-lifecycle";

	static final String LIFECYCLE_EXPIRY = "fraud-lifecycle-expiry";

	static final String PENDING = "fraud-pending-transactions";

	static final String ALERTS = "fraud-transaction-alerts";

	private final TopologySettings settings;

	private final ZeroValuePoisoningDetector zeroValue;

	private final AlertAssembler assembler;

	private final AlertAssembler.Suppression suppression;

	private ProcessorContext<String, Envelope> context;

	private KeyValueStore<String, Applied> lifecycle;

	private KeyValueStore<String, String> expiry;

	private KeyValueStore<String, PendingTransaction> pending;

	private AlertOutbox outbox;

	private long latestBlockTime;

	/**
	 * The keys of the pending store with their chain, so no record needs a store scan.
	 */
	private final Map<String, Long> pendingKeys = new HashMap<>();

	TransactionStage(TopologySettings settings, ZeroValuePoisoningDetector zeroValue, AlertAssembler assembler,
			AlertAssembler.Suppression suppression) {
		this.settings = settings;
		this.zeroValue = zeroValue;
		this.assembler = assembler;
		this.suppression = suppression;
	}

	@Override
	public void init(ProcessorContext<String, Envelope> context) {
		this.context = context;
		this.lifecycle = context.getStateStore(LIFECYCLE);
		this.expiry = context.getStateStore(LIFECYCLE_EXPIRY);
		this.pending = context.getStateStore(PENDING);
		this.outbox = new AlertOutbox(context.getStateStore(ALERTS));
		try (KeyValueIterator<String, PendingTransaction> all = this.pending.all()) {
			all.forEachRemaining((entry) -> this.pendingKeys.put(entry.key, entry.value.transfers().get(0).chainId()));
		}
		context.schedule(this.settings.flushInterval(), PunctuationType.WALL_CLOCK_TIME, this::flushQuiet);
		context.schedule(this.settings.lifecycleRetention().dividedBy(100).plusSeconds(1),
				PunctuationType.WALL_CLOCK_TIME, (now) -> {
					expire();
					this.outbox.prune(Instant.ofEpochMilli(now), this.settings.alertRetention());
				});
	}

	@Override
	public void process(Record<String, TokenTransfer> record) {
		TokenTransfer transfer = record.value();
		if (transfer == null) {
			return;
		}
		this.latestBlockTime = Math.max(this.latestBlockTime, transfer.blockTimestamp());
		Applied applied = this.lifecycle.get(transfer.eventId());
		if (transfer.status() == TransferStatus.REMOVED) {
			if (applied != null && applied.blockHash().equals(transfer.blockHash())) {
				this.lifecycle.delete(transfer.eventId());
				undo(transfer, record.timestamp());
			}
			return;
		}
		if (applied != null && applied.blockHash().equals(transfer.blockHash())) {
			if (transfer.status() == TransferStatus.CONFIRMED && applied.status() != TransferStatus.CONFIRMED) {
				this.lifecycle.put(transfer.eventId(),
						new Applied(applied.blockHash(), TransferStatus.CONFIRMED, applied.blockTimestamp()));
			}
			return;
		}
		if (transfer.status() == TransferStatus.UNCONFIRMED && !this.settings.scoreUnconfirmed()) {
			return;
		}
		if (applied != null) {
			// A new placement without a REMOVED of the old one: undo the old one first.
			undo(transfer, record.timestamp());
		}
		this.lifecycle.put(transfer.eventId(),
				new Applied(transfer.blockHash(), transfer.status(), transfer.blockTimestamp()));
		// The key names the event; an empty value keeps the index and its changelog
		// small.
		this.expiry.put(expiryKey(transfer.blockTimestamp(), transfer.eventId()), "");
		hold(record.key(), transfer, record.timestamp());
	}

	private void hold(String transactionKey, TokenTransfer transfer, long timestamp) {
		List<String> complete = new ArrayList<>();
		this.pendingKeys.forEach((key, chain) -> {
			if (!key.equals(transactionKey) && chain == transfer.chainId()) {
				complete.add(key);
			}
		});
		for (String key : complete) {
			PendingTransaction transaction = this.pending.get(key);
			if (transaction != null) {
				flush(key, transaction);
			}
			this.pendingKeys.remove(key);
		}
		PendingTransaction held = this.pending.get(transactionKey);
		List<Transfer> transfers = new ArrayList<>((held != null) ? held.transfers() : List.of());
		transfers.add(Transfer.of(transfer));
		this.pending.put(transactionKey,
				new PendingTransaction(transfers, this.context.currentSystemTimeMs(), timestamp));
		this.pendingKeys.put(transactionKey, transfer.chainId());
	}

	private void flushQuiet(long now) {
		long quietSince = now - this.settings.transactionQuietPeriod().toMillis();
		for (String key : List.copyOf(this.pendingKeys.keySet())) {
			PendingTransaction transaction = this.pending.get(key);
			if (transaction == null) {
				this.pendingKeys.remove(key);
			}
			else if (transaction.lastArrivalMs() <= quietSince) {
				flush(key, transaction);
				this.pendingKeys.remove(key);
			}
		}
	}

	private void flush(String transactionKey, PendingTransaction transaction) {
		this.pending.delete(transactionKey);
		List<Transfer> transfers = transaction.transfers();
		long timestamp = transaction.timestamp();
		Transfer first = transfers.get(0);
		this.zeroValue.evaluate(transfers).ifPresent((finding) -> {
			this.outbox.raise(
					this.assembler.assemble(first.chainId(), List.of(finding.hit()), first.transactionHash(),
							first.blockNumber(), now()),
					(alert) -> forward(alert.key(), Envelope.alert(alert), timestamp));
			for (ZeroValuePoisoningDetector.Victim victim : finding.victims()) {
				Transfer evidence = transfers.stream()
					.filter((t) -> t.eventId().equals(victim.eventId()))
					.findFirst()
					.orElseThrow();
				forward(first.chainId() + ":" + victim.victim(), Envelope.mark(evidence, victim.poisoner()), timestamp);
			}
		});
		for (Transfer transfer : transfers) {
			route(transfer, Envelope.Kind.OUT, Envelope.Kind.IN, Envelope.Kind.TOKEN, timestamp);
		}
	}

	private void undo(TokenTransfer transfer, long timestamp) {
		PendingTransaction held = this.pending.get(transfer.key());
		if (held != null && held.transfers().removeIf((t) -> t.eventId().equals(transfer.eventId()))) {
			if (held.transfers().isEmpty()) {
				this.pending.delete(transfer.key());
				this.pendingKeys.remove(transfer.key());
			}
			else {
				this.pending.put(transfer.key(), held);
			}
			return;
		}
		route(Transfer.of(transfer), Envelope.Kind.RETRACT_OUT, Envelope.Kind.RETRACT_IN, Envelope.Kind.RETRACT_TOKEN,
				timestamp);
		this.outbox.retract(transfer.eventId(), now(),
				(alert) -> forward(alert.key(), Envelope.alert(alert), timestamp));
	}

	/**
	 * Sends a transfer's legs to the address stage and the transfer to the token stage.
	 * An address allowlisted for every detector gets no leg: the address stage would drop
	 * it, and such addresses (exchange hot wallets) are the busiest.
	 */
	private void route(Transfer transfer, Envelope.Kind out, Envelope.Kind in, Envelope.Kind token, long timestamp) {
		if (!Addresses.isMint(transfer) && !this.suppression.suppressesAll(transfer.fromAddress())) {
			forward(transfer.chainId() + ":" + transfer.fromAddress(), Envelope.of(out, transfer), timestamp);
		}
		if (!Addresses.isBurn(transfer) && !this.suppression.suppressesAll(transfer.toAddress())) {
			forward(transfer.chainId() + ":" + transfer.toAddress(), Envelope.of(in, transfer), timestamp);
		}
		forward(transfer.chainId() + ":" + transfer.tokenAddress(), Envelope.of(token, transfer), timestamp);
	}

	private void forward(String key, Envelope envelope, long timestamp) {
		this.context.forward(new Record<>(key, envelope, timestamp));
	}

	private Instant now() {
		return Instant.ofEpochMilli(this.context.currentSystemTimeMs());
	}

	private void expire() {
		long horizon = this.latestBlockTime - this.settings.lifecycleRetention().toSeconds();
		if (horizon <= 0) {
			return;
		}
		List<KeyValue<String, String>> expired = new ArrayList<>();
		try (KeyValueIterator<String, String> old = this.expiry.range(expiryKey(0, ""), expiryKey(horizon, "~"))) {
			while (old.hasNext()) {
				expired.add(old.next());
			}
		}
		for (KeyValue<String, String> entry : expired) {
			this.expiry.delete(entry.key);
			String eventId = entry.key.substring(entry.key.indexOf('|') + 1);
			Applied applied = this.lifecycle.get(eventId);
			if (applied != null && applied.blockTimestamp() <= horizon) {
				this.lifecycle.delete(eventId);
			}
		}
	}

	/**
	 * {@code %019d|id}: zero-padded, so that keys sort by time. Written once per scored
	 * transfer, so without {@link String#format}, which cost 2% of the stream threads.
	 */
	static String expiryKey(long time, String id) {
		if (time < 0) {
			return String.format("%019d|%s", time, id);
		}
		String digits = Long.toString(time);
		return "0".repeat(19 - digits.length()) + digits + "|" + id;
	}

}
