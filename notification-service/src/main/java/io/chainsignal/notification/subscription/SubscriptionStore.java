package io.chainsignal.notification.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import io.chainsignal.notification.api.PageCursor;
import io.chainsignal.notification.webhook.SecretCipher;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code subscription} table; every write moves {@code updated_at}
 * so that the matching indexes of all instances pick the change up.
 */
@Repository
public class SubscriptionStore {

	private static final JsonMapper FILTER_JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private static final String COLUMNS = "id, tenant, name, chain_id, channel, target, filter::text as filter, digest, "
			+ "status, status_reason, secret, previous_secret, previous_secret_until, verify_token, unsubscribe_token, "
			+ "created_at, updated_at";

	private final JdbcClient jdbc;

	private final RowMapper<Subscription> rows = this::map;

	private final SecretCipher secrets;

	SubscriptionStore(JdbcClient jdbc, SecretCipher secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	/**
	 * Inserts a subscription; times come from the database's clock, like every
	 * {@code updated_at}, so that all instances compare them with one clock.
	 * @param s the subscription
	 * @return the subscription as stored, with the database's times
	 */
	Subscription insert(Subscription s) {
		return this.jdbc.sql("""
				insert into subscription (id, tenant, name, chain_id, channel, target, filter, digest, status,
				    secret, verify_token, unsubscribe_token, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp())
				returning created_at, updated_at""")
			.params(s.id(), s.tenant(), s.name(), s.chainId(), s.channel().wire(), s.target(), json(s.filter()),
					s.digest().wire(), s.status().wire(), this.secrets.seal(s.secret()), s.verifyToken(),
					s.unsubscribeToken())
			.query((rs, row) -> new Subscription(s.id(), s.tenant(), s.name(), s.chainId(), s.channel(), s.target(),
					s.filter(), s.digest(), s.status(), s.statusReason(), s.secret(), s.previousSecret(),
					s.previousSecretUntil(), s.verifyToken(), s.unsubscribeToken(), instant(rs, "created_at"),
					instant(rs, "updated_at")))
			.single();
	}

	void update(Subscription s) {
		this.jdbc.sql("""
				update subscription set name = ?, target = ?, filter = ?::jsonb, digest = ?, status = ?,
				    status_reason = ?, secret = ?, previous_secret = ?, previous_secret_until = ?,
				    updated_at = clock_timestamp()
				where id = ?""")
			.params(s.name(), s.target(), json(s.filter()), s.digest().wire(), s.status().wire(), s.statusReason(),
					this.secrets.seal(s.secret()), this.secrets.seal(s.previousSecret()),
					(s.previousSecretUntil() != null) ? Timestamp.from(s.previousSecretUntil()) : null, s.id())
			.update();
	}

	/**
	 * A tenant's subscription, unless deleted.
	 * @param tenant the tenant
	 * @param id the id
	 * @return the subscription, or empty when it does not exist for this tenant
	 */
	public Optional<Subscription> find(String tenant, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from subscription where id = ? and tenant = ? and status <> 'deleted'")
			.params(id, tenant)
			.query(this.rows)
			.optional();
	}

	/**
	 * Any subscription by id, whatever its tenant or status.
	 * @param id the id
	 * @return the subscription, or empty
	 */
	public Optional<Subscription> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from subscription where id = ?")
			.param(id)
			.query(this.rows)
			.optional();
	}

	List<Subscription> list(String tenant, int limit, PageCursor after) {
		if (after == null) {
			return this.jdbc
				.sql("select " + COLUMNS
						+ " from subscription where tenant = ? and status <> 'deleted' order by created_at, id limit ?")
				.params(tenant, limit)
				.query(this.rows)
				.list();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from subscription where tenant = ? and status <> 'deleted' and (created_at, id) > (?, ?)
				order by created_at, id limit ?""")
			.params(tenant, Timestamp.from(after.createdAt()), after.id(), limit)
			.query(this.rows)
			.list();
	}

	/**
	 * Every subscription changed after a point in time, oldest change first, for the
	 * matching index's reload.
	 * @param since exclusive lower bound of {@code updated_at}
	 * @return the changed subscriptions, including deleted and paused ones
	 */
	public List<Subscription> changedSince(Instant since) {
		return this.jdbc.sql("select " + COLUMNS + " from subscription where updated_at > ? order by updated_at")
			.param(Timestamp.from(since))
			.query(this.rows)
			.list();
	}

	/**
	 * The database's clock, which sets every {@code updated_at}.
	 * @return the database's current time
	 */
	public Instant databaseTime() {
		return this.jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
	}

	/**
	 * The id and version of every subscription changed after a point in time, for a
	 * reload that reads whole rows only when it needs them.
	 * @param since exclusive lower bound of {@code updated_at}
	 * @return the versions, oldest change first
	 */
	public List<Version> versionsChangedSince(Instant since) {
		return this.jdbc.sql("select id, updated_at from subscription where updated_at > ? order by updated_at")
			.param(Timestamp.from(since))
			.query((rs, row) -> new Version(rs.getObject("id", UUID.class), instant(rs, "updated_at")))
			.list();
	}

	/**
	 * Moves a subscription from one status to another, recording why.
	 * @param id the subscription
	 * @param from the status it must have now
	 * @param to the new status
	 * @param reason why, or null
	 * @return the subscription after the change, or empty when it was not in {@code from}
	 */
	public Optional<Subscription> transition(UUID id, SubscriptionStatus from, SubscriptionStatus to, String reason) {
		int changed = this.jdbc.sql("""
				update subscription set status = ?, status_reason = ?, updated_at = clock_timestamp()
				where id = ? and status = ?""").params(to.wire(), reason, id, from.wire()).update();
		return (changed == 1) ? find(id) : Optional.empty();
	}

	/**
	 * The subscription owning an email verification or unsubscribe token.
	 * @param column {@code verify_token} or {@code unsubscribe_token}
	 * @param token the token from the link
	 * @return the subscription, or empty
	 */
	public Optional<Subscription> findByToken(String column, String token) {
		if (!column.equals("verify_token") && !column.equals("unsubscribe_token")) {
			throw new IllegalArgumentException(column);
		}
		return this.jdbc.sql("select " + COLUMNS + " from subscription where " + column + " = ?")
			.param(token)
			.query(this.rows)
			.optional();
	}

	/**
	 * Subscriptions by id, whatever their status.
	 * @param ids the ids
	 * @return the subscriptions found
	 */
	public List<Subscription> findAll(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from subscription where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(this.rows)
			.list();
	}

	/**
	 * Notes a failed delivery: the subscription is failing since its first failure after
	 * its last success. Does not move {@code updated_at}: matching does not care.
	 * @param id the subscription
	 * @return since when it has been failing
	 */
	public Instant markFailing(UUID id) {
		return this.jdbc.sql(
				"update subscription set failing_since = coalesce(failing_since, now()) where id = ? returning failing_since")
			.param(id)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/**
	 * Notes a successful delivery.
	 * @param id the subscription
	 */
	public void clearFailing(UUID id) {
		this.jdbc.sql("update subscription set failing_since = null where id = ? and failing_since is not null")
			.param(id)
			.update();
	}

	private Subscription map(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getObject("id", UUID.class), rs.getString("tenant"), rs.getString("name"),
				rs.getLong("chain_id"), Channel.of(rs.getString("channel")), rs.getString("target"),
				FILTER_JSON.readValue(rs.getString("filter"), SubscriptionFilter.class),
				Digest.of(rs.getString("digest")), SubscriptionStatus.of(rs.getString("status")),
				rs.getString("status_reason"), this.secrets.open(rs.getString("secret")),
				this.secrets.open(rs.getString("previous_secret")), instant(rs, "previous_secret_until"),
				rs.getString("verify_token"), rs.getString("unsubscribe_token"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String json(SubscriptionFilter filter) {
		return FILTER_JSON.writeValueAsString(filter);
	}

	/**
	 * A subscription row's version.
	 *
	 * @param id the subscription
	 * @param updatedAt when the row last changed
	 */
	public record Version(UUID id, Instant updatedAt) {
	}

}
