package io.chainsignal.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.chainsignal.notification.api.PageCursor;
import io.chainsignal.notification.subscription.EventType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table {@code delivery}: recording, claiming with a lease, and recording
 * results only under the claim that made the attempt.
 */
@Repository
public class DeliveryStore {

	private static final String VIEW_COLUMNS = "d.id, d.subscription_id, d.webhook_id, d.event_type, d.status, "
			+ "d.attempts, d.last_status_code, d.last_error, d.next_attempt_at, d.created_at, d.completed_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RowMapper<DeliveryView> views = DeliveryStore::view;

	DeliveryStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Records a delivery unless the subscription already has one with this webhook id, in
	 * the caller's transaction.
	 * @param delivery the delivery
	 * @return the new delivery's id, or empty when it was a duplicate
	 */
	public Optional<UUID> enqueue(NewDelivery delivery) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.sql("""
				insert into delivery (id, subscription_id, webhook_id, event_type, event_id, block_hash, payload,
				    status, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, now())
				on conflict (subscription_id, webhook_id) do nothing""")
			.params(id, delivery.subscriptionId(), delivery.webhookId(), delivery.eventType().wire(),
					delivery.eventId(), delivery.blockHash(), delivery.payload(),
					delivery.digest() ? "digest" : "pending")
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		if (!delivery.digest()) {
			this.events.publishEvent(new DeliveriesEnqueued());
		}
		return Optional.of(id);
	}

	/**
	 * Records deliveries in one statement, skipping those a subscription already has
	 * (also within the list), in the caller's transaction.
	 * @param rows the deliveries
	 * @return how many were new
	 */
	public int enqueueAll(List<NewDelivery> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		int inserted = this.jdbc.sql("""
				insert into delivery (id, subscription_id, webhook_id, event_type, event_id, block_hash, payload,
				    status, next_attempt_at)
				select u.*, now() from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
				    ?::text[], ?::text[]) as u
				on conflict (subscription_id, webhook_id) do nothing""")
			.params(rows.stream().map((r) -> UUID.randomUUID()).toArray(UUID[]::new),
					rows.stream().map(NewDelivery::subscriptionId).toArray(UUID[]::new),
					rows.stream().map(NewDelivery::webhookId).toArray(String[]::new),
					rows.stream().map((r) -> r.eventType().wire()).toArray(String[]::new),
					rows.stream().map(NewDelivery::eventId).toArray(String[]::new),
					rows.stream().map(NewDelivery::blockHash).toArray(String[]::new),
					rows.stream().map(NewDelivery::payload).toArray(String[]::new),
					rows.stream().map((r) -> r.digest() ? "digest" : "pending").toArray(String[]::new))
			.update();
		if (inserted > 0 && rows.stream().anyMatch((r) -> !r.digest())) {
			this.events.publishEvent(new DeliveriesEnqueued());
		}
		return inserted;
	}

	/**
	 * The subscriptions that were given an event of one placement, for retractions.
	 * @param eventId the transfer event id or alert id
	 * @param blockHash the placement's block hash, or null for alerts
	 * @param types the event types that count
	 * @return the subscription ids
	 */
	public List<UUID> recipients(String eventId, String blockHash, List<EventType> types) {
		return this.jdbc.sql("""
				select distinct subscription_id from delivery
				where event_id = ? and block_hash is not distinct from ? and event_type = any(?)
				    and status <> 'cancelled'""")
			.params(eventId, blockHash, types.stream().map(EventType::wire).toArray(String[]::new))
			.query(UUID.class)
			.list();
	}

	/**
	 * Cancels the deliveries of a retracted placement that nobody is sending (waiting, or
	 * whose lease ran out), so that their subscribers are told neither of it nor of its
	 * retraction. A delivery in flight is left alone: its subscriber may get it, so it
	 * gets the retraction too.
	 * @param eventId the transfer event id
	 * @param blockHash the retracted placement's block hash
	 * @param types the event types that count
	 * @return how many deliveries were withdrawn
	 */
	public int withdraw(String eventId, String blockHash, List<EventType> types) {
		return this.jdbc.sql("""
				update delivery set status = 'cancelled', claim_token = null, completed_at = now(), updated_at = now(),
				    last_error = 'Retracted by a reorg before it was delivered.'
				where event_id = ? and block_hash = ? and event_type = any(?) and status in ('pending', 'digest')
				    and (claim_token is null or next_attempt_at <= now())""")
			.params(eventId, blockHash, types.stream().map(EventType::wire).toArray(String[]::new))
			.update();
	}

	List<Claim> claim(int max, Duration lease) {
		return claim(max, lease, List.of());
	}

	/**
	 * Claims due deliveries with a lease.
	 * @param max how many at most
	 * @param lease how long they stay invisible to other workers
	 * @param skipped subscriptions whose deliveries are left in the outbox this time
	 * @return the claimed rows
	 */
	List<Claim> claim(int max, Duration lease, List<UUID> skipped) {
		UUID token = UUID.randomUUID();
		return this.jdbc.sql("""
				with due as (
				    select d.id from delivery d join subscription s on s.id = d.subscription_id
				    where d.status = 'pending' and d.next_attempt_at <= now() and s.status = 'active'
				        and d.subscription_id <> all(?::uuid[])
				    order by d.next_attempt_at
				    limit ?
				    for update of d skip locked)
				update delivery d
				set claim_token = ?, next_attempt_at = clock_timestamp() + ? * interval '1 millisecond',
				    updated_at = now()
				from due where d.id = due.id
				returning d.id, d.subscription_id, d.webhook_id, d.event_type, d.payload, d.attempts""")
			.params(skipped.toArray(UUID[]::new), max, token, lease.toMillis())
			.query((rs, row) -> new Claim(rs.getObject("id", UUID.class), token,
					rs.getObject("subscription_id", UUID.class), rs.getString("webhook_id"), rs.getString("event_type"),
					rs.getString("payload"), rs.getInt("attempts")))
			.list();
	}

	/**
	 * Records a success under the claim that made the attempt and clears the
	 * subscription's failing state, in one statement: the most frequent outcome costs one
	 * round trip, atomic without a transaction of its own.
	 * @param d the delivery
	 * @param statusCode the answer's status
	 * @return false when the claim was no longer this attempt's (the result is dropped)
	 */
	boolean succeeded(ClaimedDelivery d, Integer statusCode) {
		return this.jdbc.sql("""
				with done as (
				    update delivery set status = 'succeeded', attempts = attempts + 1, last_status_code = ?,
				        last_error = null, claim_token = null, completed_at = now(), updated_at = now()
				    where id = ? and claim_token = ?
				    returning subscription_id),
				cleared as (
				    update subscription s set failing_since = null from done
				    where s.id = done.subscription_id and s.failing_since is not null)
				select count(*) from done""")
			.params(statusCode, d.id(), d.claimToken())
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * Records several successes in one statement, each under the claim that made its
	 * attempt, and clears their subscriptions' failing state. The rows are offered in id
	 * order, the order most plans lock them in, which makes a deadlock with another
	 * multi-row update unlikely; the caller records each on its own if one happens.
	 * @param successes the successes, one per delivery
	 * @return the ids of the deliveries recorded; the others' claims were no longer
	 * theirs
	 */
	Set<UUID> succeededAll(List<Success> successes) {
		List<Success> sorted = successes.stream()
			.sorted(Comparator.comparing((Success s) -> s.delivery().id()))
			.toList();
		return new HashSet<>(this.jdbc.sql("""
				with u as (
				    select * from unnest(?::uuid[], ?::uuid[], ?::int[]) as u(id, token, code) order by id),
				done as (
				    update delivery d set status = 'succeeded', attempts = d.attempts + 1, last_status_code = u.code,
				        last_error = null, claim_token = null, completed_at = now(), updated_at = now()
				    from u where d.id = u.id and d.claim_token = u.token
				    returning d.id, d.subscription_id),
				cleared as (
				    update subscription s set failing_since = null
				    where s.id in (select subscription_id from done) and s.failing_since is not null)
				select id from done""")
			.params(sorted.stream().map((s) -> s.delivery().id()).toArray(UUID[]::new),
					sorted.stream().map((s) -> s.delivery().claimToken()).toArray(UUID[]::new),
					sorted.stream().map(Success::statusCode).toArray(Integer[]::new))
			.query(UUID.class)
			.list());
	}

	boolean retryAt(ClaimedDelivery d, Outcome outcome, Instant next) {
		return this.jdbc.sql("""
				update delivery set attempts = attempts + 1, last_status_code = ?, last_error = ?,
				    claim_token = null, next_attempt_at = ?, updated_at = now()
				where id = ? and claim_token = ?""")
			.params(outcome.statusCode(), outcome.error(), Timestamp.from(next), d.id(), d.claimToken())
			.update() == 1;
	}

	boolean failed(ClaimedDelivery d, Outcome outcome) {
		return this.jdbc.sql("""
				update delivery set status = 'failed', attempts = attempts + 1, last_status_code = ?,
				    last_error = ?, claim_token = null, completed_at = now(), updated_at = now()
				where id = ? and claim_token = ?""")
			.params(outcome.statusCode(), outcome.error(), d.id(), d.claimToken())
			.update() == 1;
	}

	/**
	 * Puts claimed deliveries back in the outbox for a while, each only under the claim
	 * that took it, in one statement.
	 * @param claimed the deliveries
	 * @param delay how long they stay invisible to claims
	 * @return how many were put back (the others' claims were no longer theirs)
	 */
	int release(List<ClaimedDelivery> claimed, Duration delay) {
		// in id order, like succeededAll, so that two multi-row updates rarely deadlock
		List<ClaimedDelivery> sorted = claimed.stream().sorted(Comparator.comparing(ClaimedDelivery::id)).toList();
		return this.jdbc.sql("""
				update delivery d set claim_token = null, next_attempt_at = now() + ? * interval '1 millisecond'
				from unnest(?::uuid[], ?::uuid[]) as u(id, token)
				where d.id = u.id and d.claim_token = u.token""")
			.params(delay.toMillis(), sorted.stream().map(ClaimedDelivery::id).toArray(UUID[]::new),
					sorted.stream().map(ClaimedDelivery::claimToken).toArray(UUID[]::new))
			.update();
	}

	/**
	 * Cancels what a subscription still had to deliver.
	 * @param subscriptionId the subscription
	 * @param reason why
	 * @return how many deliveries were cancelled
	 */
	public int cancelOpen(UUID subscriptionId, String reason) {
		return this.jdbc.sql("""
				update delivery set status = 'cancelled', last_error = ?, claim_token = null, completed_at = now(),
				    updated_at = now()
				where subscription_id = ? and status in ('pending', 'digest')""")
			.params(reason, subscriptionId)
			.update();
	}

	/**
	 * A tenant's deliveries of one subscription, newest first.
	 * @param tenant the tenant
	 * @param subscriptionId the subscription
	 * @param limit how many at most
	 * @param after the previous page's cursor, or null for the first page
	 * @return the deliveries
	 */
	public List<DeliveryView> list(String tenant, UUID subscriptionId, int limit, PageCursor after) {
		if (after == null) {
			return this.jdbc.sql("select " + VIEW_COLUMNS + """
					 from delivery d join subscription s on s.id = d.subscription_id
					where d.subscription_id = ? and s.tenant = ?
					order by d.created_at desc, d.id desc limit ?""")
				.params(subscriptionId, tenant, limit)
				.query(this.views)
				.list();
		}
		return this.jdbc.sql("select " + VIEW_COLUMNS + """
				 from delivery d join subscription s on s.id = d.subscription_id
				where d.subscription_id = ? and s.tenant = ? and (d.created_at, d.id) < (?, ?)
				order by d.created_at desc, d.id desc limit ?""")
			.params(subscriptionId, tenant, Timestamp.from(after.createdAt()), after.id(), limit)
			.query(this.views)
			.list();
	}

	/**
	 * One of a tenant's deliveries.
	 * @param tenant the tenant
	 * @param id the delivery
	 * @return the delivery, or empty when it is not this tenant's
	 */
	public Optional<DeliveryView> find(String tenant, UUID id) {
		return this.jdbc.sql("select " + VIEW_COLUMNS + """
				 from delivery d join subscription s on s.id = d.subscription_id
				where d.id = ? and s.tenant = ? and s.status <> 'deleted'""")
			.params(id, tenant)
			.query(this.views)
			.optional();
	}

	boolean redeliver(UUID id) {
		int changed = this.jdbc.sql("""
				update delivery set status = 'pending', attempts = 0, next_attempt_at = now(), claim_token = null,
				    completed_at = null, updated_at = now()
				where id = ? and status in ('succeeded', 'failed', 'cancelled')""").param(id).update();
		if (changed == 1) {
			this.events.publishEvent(new DeliveriesEnqueued());
		}
		return changed == 1;
	}

	/**
	 * The deliveries waiting for a subscription's next email digest, oldest first.
	 * @param subscriptionId the subscription
	 * @return (id, payload) pairs
	 */
	public List<Waiting> waitingForDigest(UUID subscriptionId) {
		return this.jdbc.sql("""
				select id, payload from delivery where subscription_id = ? and status = 'digest'
				order by created_at, id""")
			.param(subscriptionId)
			.query((rs, row) -> new Waiting(rs.getObject("id", UUID.class), rs.getString("payload")))
			.list();
	}

	/**
	 * Marks deliveries as sent in a digest.
	 * @param ids the deliveries
	 */
	public void digestSent(List<UUID> ids) {
		this.jdbc.sql("""
				update delivery set status = 'succeeded', attempts = attempts + 1, completed_at = now(),
				    updated_at = now()
				where id = any(?) and status = 'digest'""").param(ids.toArray(UUID[]::new)).update();
	}

	private static DeliveryView view(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				rs.getString("webhook_id"), rs.getString("event_type"), status, rs.getInt("attempts"),
				(Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
				status.equals("pending") ? instant(rs, "next_attempt_at") : null, instant(rs, "created_at"),
				instant(rs, "completed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A claimed row before its subscription is attached.
	 *
	 * @param id the delivery
	 * @param claimToken the claim
	 * @param subscriptionId the subscription
	 * @param webhookId the message id
	 * @param eventType the type
	 * @param payload the body
	 * @param attempts attempts before this one
	 */
	record Claim(UUID id, UUID claimToken, UUID subscriptionId, String webhookId, String eventType, String payload,
			int attempts) {
	}

	/**
	 * A successful attempt to record.
	 *
	 * @param delivery the delivery, with the claim that made the attempt
	 * @param statusCode the answer's status, or null
	 */
	record Success(ClaimedDelivery delivery, Integer statusCode) {
	}

	/**
	 * A delivery waiting for a digest.
	 *
	 * @param id the delivery
	 * @param payload its JSON body
	 */
	public record Waiting(UUID id, String payload) {
	}

}
