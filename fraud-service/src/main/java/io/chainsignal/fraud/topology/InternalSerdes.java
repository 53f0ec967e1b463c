package io.chainsignal.fraud.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.alert.RiskAlertDeserializer;
import io.chainsignal.common.alert.RiskAlertSerializer;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.Counterparty;
import io.chainsignal.fraud.detectors.state.FanInState;
import io.chainsignal.fraud.detectors.state.Leg;
import io.chainsignal.fraud.detectors.state.Mark;
import io.chainsignal.fraud.detectors.state.SweepLeg;
import io.chainsignal.fraud.detectors.state.TokenFlow;
import io.chainsignal.fraud.detectors.state.TokenState;

/**
 * Compact binary serdes of the repartition topics and state stores. These carry only
 * records this application wrote itself, from transfers the source topic's contract serde
 * already validated, so JSON's field names and re-parsing buy nothing there and cost most
 * of the CPU. Transfers travel in their slim form ({@link Transfer}), validated once at
 * the source and never again. {@code token-transfers} and {@code fraud-alerts} keep the
 * strict JSON contract serdes.
 *
 * <p>
 * Every value starts with a format version byte, so a future layout can be told apart.
 */
final class InternalSerdes {

	/**
	 * 2 since transfers are carried in their slim form ({@link Transfer}); 1 carried
	 * every field of the contract's {@code TokenTransfer}.
	 */
	private static final int VERSION = 2;

	static final Serde<Envelope> ENVELOPE = serde(InternalSerdes::writeEnvelope, InternalSerdes::readEnvelope);

	static final Serde<Applied> APPLIED = serde(
			(out, applied) -> out.string(applied.blockHash())
				.u8(applied.status().ordinal())
				.varLong(applied.blockTimestamp()),
			(in) -> new Applied(in.string(), TransferStatus.values()[in.u8()], in.varLong()));

	static final Serde<PendingTransaction> PENDING = serde(
			(out, pending) -> out.list(pending.transfers(), InternalSerdes::writeTransfer)
				.varLong(pending.lastArrivalMs())
				.varLong(pending.timestamp()),
			(in) -> new PendingTransaction(in.list(InternalSerdes::readTransfer), in.varLong(), in.varLong()));

	static final Serde<AddressState> ADDRESS_STATE = serde(InternalSerdes::writeAddress, InternalSerdes::readAddress);

	static final Serde<FanInState> FAN_IN_STATE = serde(
			(out, state) -> out.list(state.sweeps(), InternalSerdes::writeSweep).longs(state.quietUntil()),
			(in) -> new FanInState(in.list(InternalSerdes::readSweep), in.longs()));

	static final Serde<TokenState> TOKEN_STATE = serde(
			(out, state) -> out.optionalRaw(state.current())
				.varLong(state.currentCount())
				.optionalRaw(state.previous())
				.varLong(state.previousCount()),
			(in) -> new TokenState(in.optionalRaw(), in.varLong(), in.optionalRaw(), in.varLong()));

	private static final RiskAlertSerializer ALERT_WRITER = new RiskAlertSerializer();

	private static final RiskAlertDeserializer ALERT_READER = new RiskAlertDeserializer();

	private InternalSerdes() {
	}

	private static void writeEnvelope(Binary.Out out, Envelope envelope) {
		out.u8(envelope.kind().ordinal());
		out.bool(envelope.transfer() != null);
		if (envelope.transfer() != null) {
			writeTransfer(out, envelope.transfer());
		}
		out.string(envelope.poisoner());
		out.bool(envelope.evidence() != null);
		if (envelope.evidence() != null) {
			out.strings(envelope.evidence());
		}
		// Alerts are rare next to transfers: they keep the contract's JSON.
		out.optionalRaw((envelope.alert() != null) ? ALERT_WRITER.serialize(null, envelope.alert()) : null);
	}

	private static Envelope readEnvelope(Binary.In in) {
		Envelope.Kind kind = Envelope.Kind.values()[in.u8()];
		Transfer transfer = in.bool() ? readTransfer(in) : null;
		String poisoner = in.string();
		List<String> evidence = in.bool() ? in.strings() : null;
		byte[] alert = in.optionalRaw();
		RiskAlert risk = (alert != null) ? ALERT_READER.deserialize(null, alert) : null;
		return new Envelope(kind, transfer, poisoner, evidence, risk);
	}

	/**
	 * The slim transfer; its transaction hash is nearly always its event id's, so it is
	 * written once.
	 */
	private static void writeTransfer(Binary.Out out, Transfer transfer) {
		boolean derived = isHashOf(transfer.transactionHash(), transfer.eventId());
		out.varLong(transfer.chainId()).string(transfer.eventId()).bool(derived);
		if (!derived) {
			out.string(transfer.transactionHash());
		}
		out.varLong(transfer.blockNumber())
			.varLong(transfer.blockTimestamp())
			.string(transfer.tokenAddress())
			.u8(transfer.tokenStandard().ordinal())
			.string(transfer.fromAddress())
			.string(transfer.toAddress())
			.bigInteger(transfer.value())
			.string(transfer.tokenSymbol())
			.bool(transfer.tokenDecimals() != null);
		if (transfer.tokenDecimals() != null) {
			out.varLong(transfer.tokenDecimals());
		}
		out.string(transfer.txFrom());
	}

	private static Transfer readTransfer(Binary.In in) {
		long chainId = in.varLong();
		String eventId = in.string();
		String transactionHash = in.bool() ? hashOf(eventId) : in.string();
		return new Transfer(chainId, eventId, transactionHash, in.varLong(), in.varLong(), in.string(),
				TokenStandard.values()[in.u8()], in.string(), in.string(), in.bigInteger(), in.string(),
				in.bool() ? in.varInt() : null, in.string());
	}

	private static void writeAddress(Binary.Out out, AddressState state) {
		out.list(state.outgoing(), InternalSerdes::writeLeg).list(state.incoming(), InternalSerdes::writeLeg);
		out.list(state.counterparties(),
				(o, counterparty) -> o.string(counterparty.address())
					.varLong(counterparty.lastSeen())
					.string(counterparty.eventId()));
		out.varLong(state.flows().size());
		state.flows().forEach((token, flow) -> out.string(token).bigInteger(flow.received()).bigInteger(flow.sent()));
		out.list(state.marks(),
				(o, mark) -> o.string(mark.poisoner())
					.string(mark.detector())
					.varLong(mark.until())
					.strings(mark.evidence()));
		out.longs(state.quietUntil());
	}

	private static AddressState readAddress(Binary.In in) {
		List<Leg> outgoing = in.list(InternalSerdes::readLeg);
		List<Leg> incoming = in.list(InternalSerdes::readLeg);
		List<Counterparty> counterparties = in.list((i) -> new Counterparty(i.string(), i.varLong(), i.string()));
		int flowCount = in.varInt();
		Map<String, TokenFlow> flows = new HashMap<>();
		for (int i = 0; i < flowCount; i++) {
			flows.put(in.string(), new TokenFlow(in.bigInteger(), in.bigInteger()));
		}
		List<Mark> marks = in.list((i) -> new Mark(i.string(), i.string(), i.varLong(), i.strings()));
		return new AddressState(outgoing, incoming, counterparties, flows, marks, in.longs());
	}

	/**
	 * A leg's transaction hash is nearly always its event id's, so it is written once.
	 */
	private static void writeLeg(Binary.Out out, Leg leg) {
		boolean derived = isHashOf(leg.transactionHash(), leg.eventId());
		out.string(leg.eventId()).bool(derived);
		if (!derived) {
			out.string(leg.transactionHash());
		}
		out.string(leg.token())
			.string(leg.counterparty())
			.bigInteger(leg.amount())
			.varLong(leg.time())
			.bool(leg.fungible());
	}

	private static Leg readLeg(Binary.In in) {
		String eventId = in.string();
		String transactionHash = in.bool() ? hashOf(eventId) : in.string();
		return new Leg(eventId, transactionHash, in.string(), in.string(), in.bigInteger(), in.varLong(), in.bool());
	}

	private static boolean isHashOf(String hash, String eventId) {
		int first = eventId.indexOf(':');
		return hash != null && first > 0 && eventId.length() > first + 1 + hash.length()
				&& eventId.regionMatches(first + 1, hash, 0, hash.length())
				&& eventId.charAt(first + 1 + hash.length()) == ':';
	}

	private static String hashOf(String eventId) {
		int first = eventId.indexOf(':');
		return eventId.substring(first + 1, eventId.indexOf(':', first + 1));
	}

	private static void writeSweep(Binary.Out out, SweepLeg sweep) {
		out.string(sweep.eventId())
			.string(sweep.sender())
			.string(sweep.token())
			.bigInteger(sweep.amount())
			.varLong(sweep.time());
	}

	private static SweepLeg readSweep(Binary.In in) {
		return new SweepLeg(in.string(), in.string(), in.string(), in.bigInteger(), in.varLong());
	}

	private static <T> Serde<T> serde(BiConsumer<Binary.Out, T> writer, Function<Binary.In, T> reader) {
		Serializer<T> serializer = (topic, value) -> {
			if (value == null) {
				return null;
			}
			Binary.Out out = new Binary.Out().u8(VERSION);
			writer.accept(out, value);
			return out.toByteArray();
		};
		Deserializer<T> deserializer = (topic, bytes) -> {
			if (bytes == null) {
				return null;
			}
			try {
				Binary.In in = new Binary.In(bytes);
				int version = in.u8();
				if (version != VERSION) {
					throw new SerializationException("Unknown internal format version " + version);
				}
				return reader.apply(in);
			}
			catch (IndexOutOfBoundsException | ArithmeticException ex) {
				throw new SerializationException("Truncated or malformed internal record", ex);
			}
		};
		return org.apache.kafka.common.serialization.Serdes.serdeFrom(serializer, deserializer);
	}

}
