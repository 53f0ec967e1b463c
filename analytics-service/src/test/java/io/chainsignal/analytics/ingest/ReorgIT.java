package io.chainsignal.analytics.ingest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.ExpectedStore;
import io.chainsignal.analytics.WindowSumsCheck;
import io.chainsignal.analytics.TestEvents;
import io.chainsignal.analytics.TestKafka;
import io.chainsignal.common.transfer.TokenTransfer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.chainsignal.common.transfer.TransferStatus.CONFIRMED;
import static io.chainsignal.common.transfer.TransferStatus.REMOVED;
import static io.chainsignal.common.transfer.TransferStatus.UNCONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reorg sequences through Kafka, step by step: after each step, the store's balances and
 * rollups equal those the test computes from the transfers that count at that point.
 */
class ReorgIT extends AnalyticsIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	private long chainId;

	private long published;

	@Test
	void unconfirmedConfirmedRemovedAndReincludedTransfersCountExactlyOnce() {
		this.chainId = newChainId();
		String a = TestEvents.hash();
		String b = TestEvents.hash();
		String token = TestEvents.address();
		String alice = TestEvents.address();
		String bob = TestEvents.address();
		String carol = TestEvents.address();
		long time = System.currentTimeMillis() / 1000 - 600;
		String tx1 = TestEvents.hash();
		String tx2 = TestEvents.hash();
		TokenTransfer mintInA = TestEvents.erc20(UNCONFIRMED, this.chainId, 50, a, time, tx1, 0, token, TestEvents.ZERO,
				alice, 1000);
		TokenTransfer payInA = TestEvents.erc20(UNCONFIRMED, this.chainId, 50, a, time, tx2, 1, token, alice, bob, 300);

		step(List.of(mintInA, payInA));
		assertCounted(List.of());
		assertThat(pending()).isEqualTo(2);

		step(List.of(confirmed(mintInA), confirmed(payInA)));
		assertCounted(List.of(confirmed(mintInA), confirmed(payInA)));
		assertThat(balance(token, alice)).isEqualTo(700);
		assertThat(balance(token, bob)).isEqualTo(300);

		// a deep reorg retracts block A; the payment is re-included in block B at another
		// log index (a new event id), the mint at the same index (the same event id)
		TokenTransfer mintInB = TestEvents.erc20(UNCONFIRMED, this.chainId, 50, b, time + 1, tx1, 0, token,
				TestEvents.ZERO, alice, 1000);
		TokenTransfer payInB = TestEvents.erc20(UNCONFIRMED, this.chainId, 50, b, time + 1, tx2, 4, token, alice, carol,
				300);
		step(List.of(removed(mintInA), removed(payInA)));
		assertCounted(List.of());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM analytics.transfers WHERE chain_id = ?", Long.class,
				this.chainId))
			.isZero();

		step(List.of(mintInB, payInB, removed(mintInA)));
		assertCounted(List.of());
		assertThat(pending()).isEqualTo(2);

		step(List.of(confirmed(mintInB), confirmed(payInB), confirmed(payInB), removed(payInA)));
		assertCounted(List.of(confirmed(mintInB), confirmed(payInB)));
		assertThat(balance(token, carol)).isEqualTo(300);
		assertThat(balance(token, bob)).isZero();
		assertThat(pending()).isZero();
	}

	private void step(List<TokenTransfer> events) {
		TestKafka.publish(events);
		this.published += events.size();
		eventually().until(() -> this.jdbc
			.queryForList("SELECT events_ingested FROM analytics.chain_progress WHERE chain_id = ?", Long.class,
					this.chainId)
			.equals(List.of(this.published)));
	}

	private void assertCounted(List<TokenTransfer> counted) {
		ExpectedStore expected = new ExpectedStore(new ArrayList<>(counted));
		Map<String, BigInteger> balances = ExpectedStore.actualBalances(this.jdbc, this.chainId);
		assertThat(balances).isEqualTo(expected.balances());
		assertThat(ExpectedStore.actualHourly(this.jdbc, this.chainId)).isEqualTo(expected.hourly());
		assertThat(ExpectedStore.actualHolders(this.jdbc, this.chainId)).isEqualTo(expected.holders());
		assertThat(WindowSumsCheck.mismatches(this.jdbc, this.chainId)).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM analytics.rollups_daily WHERE chain_id = ? AND transfer_count > 0", Long.class,
				this.chainId))
			.isEqualTo(counted.isEmpty() ? 0 : 1);
		assertThat(
				this.jdbc.queryForObject("SELECT confirmed_transfers FROM analytics.chain_progress WHERE chain_id = ?",
						Long.class, this.chainId))
			.isEqualTo(counted.size());
	}

	private long pending() {
		return this.jdbc.queryForObject("SELECT count(*) FROM analytics.transfers WHERE chain_id = ? AND NOT confirmed",
				Long.class, this.chainId);
	}

	private long balance(String token, String holder) {
		List<Long> balances = this.jdbc.queryForList(
				"SELECT balance::bigint FROM analytics.balances WHERE chain_id = ? AND token_address = ? AND holder = ?",
				Long.class, this.chainId, token, holder);
		return balances.isEmpty() ? 0 : balances.get(0);
	}

	private static TokenTransfer confirmed(TokenTransfer event) {
		return event.withStatus(CONFIRMED, event.emittedAt());
	}

	private static TokenTransfer removed(TokenTransfer event) {
		return event.withStatus(REMOVED, event.emittedAt());
	}

}
