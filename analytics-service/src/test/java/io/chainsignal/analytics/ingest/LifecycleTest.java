package io.chainsignal.analytics.ingest;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import io.chainsignal.analytics.TestEvents;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import org.junit.jupiter.api.Test;

import static io.chainsignal.common.transfer.TransferStatus.CONFIRMED;
import static io.chainsignal.common.transfer.TransferStatus.REMOVED;
import static io.chainsignal.common.transfer.TransferStatus.UNCONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle rules of docs/events.md, step by step and as batch plans.
 */
class LifecycleTest {

	private static final String A = TestEvents.hash();

	private static final String B = TestEvents.hash();

	private final String tx = TestEvents.hash();

	private final String token = TestEvents.address();

	private final String alice = TestEvents.address();

	private final String bob = TestEvents.address();

	private TokenTransfer event(TransferStatus status, String blockHash) {
		return TestEvents.erc20(status, 1, 100, blockHash, 1_718_000_000, this.tx, 3, this.token, this.alice, this.bob,
				50);
	}

	@Test
	void followsTheReorgSequenceOfTheContract() {
		Placement state = Lifecycle.step(null, event(UNCONFIRMED, A));
		assertThat(state.blockHash()).isEqualTo(A);
		assertThat(state.confirmed()).isFalse();
		state = Lifecycle.step(state, event(REMOVED, A));
		assertThat(state).isNull();
		state = Lifecycle.step(state, event(UNCONFIRMED, B));
		assertThat(state.blockHash()).isEqualTo(B);
		Placement afterLateRemoved = Lifecycle.step(state, event(REMOVED, A));
		assertThat(afterLateRemoved).isSameAs(state);
		state = Lifecycle.step(state, event(CONFIRMED, B));
		assertThat(state.blockHash()).isEqualTo(B);
		assertThat(state.confirmed()).isTrue();
		assertThat(Lifecycle.step(state, event(CONFIRMED, B))).isSameAs(state);
		assertThat(Lifecycle.step(state, event(UNCONFIRMED, B))).isSameAs(state);
	}

	@Test
	void planHoldsOnlyTheNetChangeOfABatch() {
		Lifecycle.Plan nothing = Lifecycle.plan(Map.of(),
				List.of(event(UNCONFIRMED, A), event(CONFIRMED, A), event(REMOVED, A)));
		assertThat(nothing.isEmpty()).isTrue();

		Placement confirmedA = Placement.of(event(CONFIRMED, A), true);
		Lifecycle.Plan reorg = Lifecycle.plan(Map.of(confirmedA.eventId(), confirmedA),
				List.of(event(REMOVED, A), event(UNCONFIRMED, B), event(REMOVED, A), event(CONFIRMED, B)));
		assertThat(reorg.removed()).containsExactly(confirmedA);
		assertThat(reorg.added()).singleElement().satisfies((p) -> {
			assertThat(p.blockHash()).isEqualTo(B);
			assertThat(p.confirmed()).isTrue();
		});

		Lifecycle.Plan duplicate = Lifecycle.plan(Map.of(confirmedA.eventId(), confirmedA),
				List.of(event(UNCONFIRMED, A), event(CONFIRMED, A)));
		assertThat(duplicate.isEmpty()).isTrue();
	}

	@Test
	void deltasUndoExactlyWhatWasCounted() {
		Placement confirmedA = Placement.of(event(CONFIRMED, A), true);
		Lifecycle.Plan plan = Lifecycle.plan(Map.of(confirmedA.eventId(), confirmedA), List.of(event(REMOVED, A)));
		Deltas deltas = Deltas.of(plan);
		assertThat(deltas.balances())
			.containsEntry(new Deltas.BalanceKey(1, this.token, this.alice), BigInteger.valueOf(50))
			.containsEntry(new Deltas.BalanceKey(1, this.token, this.bob), BigInteger.valueOf(-50));
		assertThat(deltas.hourly().rollups().values()).singleElement()
			.satisfies((d) -> assertThat(d.transfers()).isEqualTo(-1));
		assertThat(deltas.daily().parties().values()).containsExactly(-1L, -1L);
	}

}
