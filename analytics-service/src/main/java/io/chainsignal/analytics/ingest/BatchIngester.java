package io.chainsignal.analytics.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chainsignal.common.transfer.TokenTransfer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one batch of valid events to the store in one database transaction: lifecycle
 * plan, transfer rows by {@code COPY}, then every derived table, the rows concurrent
 * batches share most last.
 */
@Component
public class BatchIngester {

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	BatchIngester(TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/**
	 * Applies events in partition order; returns once the transaction committed.
	 * @param events the batch's valid events
	 * @return how many placements the batch removed and added
	 */
	public Result ingest(List<TokenTransfer> events) {
		return ingest(events, Map.of());
	}

	/**
	 * Applies events in partition order and counts the batch's unreadable records;
	 * returns once the transaction committed.
	 * @param events the batch's valid events
	 * @param deadLettered unreadable records of the batch by chain id
	 * @return how many placements the batch removed and added
	 */
	public Result ingest(List<TokenTransfer> events, Map<Long, Long> deadLettered) {
		if (events.isEmpty() && deadLettered.isEmpty()) {
			return new Result(0, 0);
		}
		return this.transactions
			.execute((status) -> this.jdbc.execute((ConnectionCallback<Result>) (c) -> apply(c, events, deadLettered)));
	}

	private Result apply(Connection connection, List<TokenTransfer> events, Map<Long, Long> deadLettered)
			throws SQLException {
		Set<String> ids = new LinkedHashSet<>();
		events.forEach((event) -> ids.add(event.eventId()));
		Map<String, Placement> applied = TransferRows.lockApplied(connection, ids);
		Lifecycle.Plan plan = Lifecycle.plan(applied, events);
		TransferRows.delete(connection, plan.removed());
		TransferRows.copy(connection, plan.added());
		Deltas deltas = Deltas.of(plan);
		// A batch that needs a row another batch holds waits for that batch's commit, so
		// the rows nearly every concurrent batch shares are taken last: first the party
		// and balance rows (keyed by address, mostly the batch's own), then the rollups,
		// window sums, token metadata, holder counts and chain progress (keyed by token,
		// bucket or chain). Every batch follows this table order, with sorted keys within
		// each statement, so no two batches can wait for each other.
		DerivedRows.parties(connection, deltas.hourly());
		DerivedRows.parties(connection, deltas.daily());
		Map<Deltas.TokenKey, Long> holders = DerivedRows.balances(connection, deltas.balances());
		DerivedRows.rollups(connection, deltas.hourly());
		DerivedRows.rollups(connection, deltas.daily());
		WindowSums.apply(connection, deltas.hourly(), deltas.daily());
		DerivedRows.tokens(connection, events);
		DerivedRows.holders(connection, holders);
		DerivedRows.progress(connection, events, plan, deadLettered);
		return new Result(plan.removed().size(), plan.added().size());
	}

	/**
	 * What a batch changed.
	 *
	 * @param removed placements deleted (undone when they were confirmed)
	 * @param added placements inserted
	 */
	public record Result(int removed, int added) {
	}

}
