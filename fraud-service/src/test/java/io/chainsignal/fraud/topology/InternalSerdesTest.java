package io.chainsignal.fraud.topology;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compact internal format gives back exactly what it was given, including values the
 * packing must not touch, and rejects a truncated record as a serialization error.
 */
class InternalSerdesTest {

	private static final String TX = "0x" + "0a".repeat(32);

	private static final String FROM = "0x" + "12".repeat(20);

	private static final String TO = "0x" + "ef".repeat(20);

	@Test
	void erc1155TransferInAnEnvelopeRoundTrips() {
		TokenTransfer transfer = new TokenTransfer(1, TokenTransfer.eventId(137, TX, 12, 3), TransferStatus.REMOVED,
				137, 65_000_000, "0x" + "bb".repeat(32), 1_760_000_123L, TX, 44, 12, 3, "0x" + "cd".repeat(20),
				TokenStandard.ERC1155, FROM, TO, "0x" + "34".repeat(20), BigInteger.valueOf(7),
				BigInteger.ONE.shiftLeft(255), new TokenInfo("Ünïcode €", null, null), null, "0x" + "56".repeat(20),
				Instant.parse("2026-11-22T10:15:30.123456789Z"));
		Envelope envelope = new Envelope(Envelope.Kind.MARK, Transfer.of(transfer), TO,
				List.of(transfer.eventId(), "not:an:id"), null);

		assertThat(roundTrip(InternalSerdes.ENVELOPE, envelope)).isEqualTo(envelope);
		assertThat(envelope.transfer().tokenSymbol()).isEqualTo("Ünïcode €");
		assertThat(envelope.transfer().value()).isEqualTo(7);
	}

	@Test
	void slimTransferWithAHashOtherThanItsEventIdsAndNoMetadataRoundTrips() {
		Transfer transfer = new Transfer(1, "1:" + TX + ":0:0", "0x" + "0b".repeat(32), 20_000_000, 1_760_000_000L,
				"0x" + "cd".repeat(20), TokenStandard.ERC721, FROM, TO, BigInteger.ONE, null, null, null);
		Envelope envelope = Envelope.of(Envelope.Kind.IN, transfer);

		assertThat(roundTrip(InternalSerdes.ENVELOPE, envelope)).isEqualTo(envelope);
		assertThat(roundTrip(InternalSerdes.PENDING, new PendingTransaction(List.of(transfer), 5, 6)).transfers())
			.containsExactly(transfer);
	}

	@Test
	void erc20TransferWithMetadataRoundTripsAndIsSmallerThanJson() {
		TokenTransfer transfer = new TokenTransfer(1, TokenTransfer.eventId(1, TX, 0, 0), TransferStatus.CONFIRMED, 1,
				20_000_000, "0x" + "bb".repeat(32), 1_760_000_000L, TX, 0, 0, 0, "0x" + "cd".repeat(20),
				TokenStandard.ERC20, FROM, TO, null, io.chainsignal.common.json.Fields.UINT256_MAX, null,
				new TokenInfo("USDT", "Tether USD", 6), FROM, "0x" + "cd".repeat(20),
				Instant.ofEpochSecond(1_760_000_030L));
		Envelope envelope = Envelope.of(Envelope.Kind.OUT, Transfer.of(transfer));
		byte[] bytes = InternalSerdes.ENVELOPE.serializer().serialize("t", envelope);

		assertThat(InternalSerdes.ENVELOPE.deserializer().deserialize("t", bytes)).isEqualTo(envelope);
		assertThat(bytes.length)
			.isLessThan(new JsonSerde<>(Envelope.class).serializer().serialize("t", envelope).length / 2);
	}

	@Test
	void addressStateRoundTripsWithStringsThatLookAlmostPackable() {
		List<String> odd = List.of("0x", "0xABC0", "0x123", "1:0xab:01:0", "01:0xab:1:0", "1:0xab:1", "", "plain",
				"1:0x" + "ab".repeat(32) + ":5:0", "99999999999999999999:0xab:1:0");
		Leg derived = new Leg("1:" + TX + ":5:0", TX, "0x" + "cd".repeat(20), TO, BigInteger.TEN.pow(30),
				1_760_000_000L, true);
		Leg separate = new Leg("1:" + TX + ":6:0", "0x" + "0b".repeat(32), "0x" + "cd".repeat(20), TO, BigInteger.ZERO,
				5, false);
		AddressState state = new AddressState(List.of(derived, separate), List.of(separate),
				List.of(new Counterparty(FROM, 10, "1:" + TX + ":5:0")),
				Map.of("0x" + "cd".repeat(20), new TokenFlow(BigInteger.TEN, BigInteger.valueOf(-3))),
				List.of(new Mark(TO, "lookalike-counterparty", 99, odd)), Map.of("fan-out-burst", -1L));

		assertThat(roundTrip(InternalSerdes.ADDRESS_STATE, state)).isEqualTo(state);
	}

	@Test
	void lifecyclePendingFanInAndTokenStatesRoundTrip() {
		assertThat(roundTrip(InternalSerdes.APPLIED, new Applied(TX, TransferStatus.UNCONFIRMED, 3)))
			.isEqualTo(new Applied(TX, TransferStatus.UNCONFIRMED, 3));
		FanInState fanIn = new FanInState(List.of(new SweepLeg("1:" + TX + ":1:0", FROM, TO, BigInteger.TWO, 8)),
				Map.of());
		assertThat(roundTrip(InternalSerdes.FAN_IN_STATE, fanIn)).isEqualTo(fanIn);
		TokenState token = roundTrip(InternalSerdes.TOKEN_STATE, new TokenState(new byte[] { 1, 2, 3 }, 4, null, 0));
		assertThat(token.current()).containsExactly(1, 2, 3);
		assertThat(token.previous()).isNull();
		assertThat(token.currentCount()).isEqualTo(4);
		assertThat(roundTrip(InternalSerdes.PENDING, new PendingTransaction(List.of(), 5, 6)).lastArrivalMs())
			.isEqualTo(5);
	}

	@Test
	void truncatedOrForeignBytesAreSerializationErrors() {
		AddressState state = new AddressState(
				List.of(new Leg("1:" + TX + ":5:0", TX, FROM, TO, BigInteger.ONE, 1, true)), null, null, null, null,
				null);
		byte[] bytes = InternalSerdes.ADDRESS_STATE.serializer().serialize("t", state);

		assertThatThrownBy(() -> InternalSerdes.ADDRESS_STATE.deserializer()
			.deserialize("t", Arrays.copyOf(bytes, bytes.length - 3))).isInstanceOf(SerializationException.class);
		assertThatThrownBy(
				() -> InternalSerdes.ADDRESS_STATE.deserializer().deserialize("t", "{\"json\":1}".getBytes()))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("version");
	}

	private static <T> T roundTrip(Serde<T> serde, T value) {
		return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
	}

}
