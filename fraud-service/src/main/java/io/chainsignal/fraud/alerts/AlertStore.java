package io.chainsignal.fraud.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.json.EventJson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts fraud-service published, upserted by alert_id from {@code fraud-alerts} in
 * topic order, and queried by the REST API newest first with a sequence cursor.
 */
@Repository
class AlertStore {

	private static final TypeReference<List<DetectorFinding>> FINDINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(RiskAlert alert) {
		String detectors = EventJson.mapper().writeValueAsString(alert.detectors());
		this.jdbc
			.sql("""
					insert into fraud.alert (alert_id, status, chain_id, subject_address, counterparty_address, token_address,
					    score, severity, detectors, detector_ids, evidence_event_ids, transaction_hash, block_number,
					    raised_at, updated_at)
					values (:id, :status, :chain, :subject, :counterparty, :token, :score, :severity, cast(:detectors as jsonb),
					    :detectorIds, :evidence, :tx, :block, :created, :created)
					on conflict (alert_id) do update set status = excluded.status, updated_at = excluded.updated_at
					""")
			.param("id", alert.alertId())
			.param("status", alert.status().name())
			.param("chain", alert.chainId())
			.param("subject", alert.subjectAddress())
			.param("counterparty", alert.counterpartyAddress())
			.param("token", alert.tokenAddress())
			.param("score", alert.score())
			.param("severity", alert.severity().name())
			.param("detectors", detectors)
			.param("detectorIds", alert.detectors().stream().map(DetectorFinding::id).toArray(String[]::new))
			.param("evidence", alert.evidenceEventIds().toArray(String[]::new))
			.param("tx", alert.transactionHash())
			.param("block", alert.blockNumber())
			.param("created", Timestamp.from(alert.createdAt()))
			.update();
	}

	Optional<AlertView> find(String alertId) {
		return this.jdbc.sql("select * from fraud.alert where alert_id = ?").param(alertId).query(this::map).optional();
	}

	List<AlertView> search(AlertQuery query, int limit) {
		StringBuilder sql = new StringBuilder("select * from fraud.alert where true");
		List<Object> params = new ArrayList<>();
		if (query.chainId() != null) {
			sql.append(" and chain_id = ?");
			params.add(query.chainId());
		}
		if (query.address() != null) {
			sql.append(" and (subject_address = ? or counterparty_address = ?)");
			params.add(query.address());
			params.add(query.address());
		}
		if (query.minScore() != null) {
			sql.append(" and score >= ?");
			params.add(query.minScore());
		}
		if (query.since() != null) {
			sql.append(" and raised_at >= ?");
			params.add(Timestamp.from(query.since()));
		}
		if (query.beforeSeq() != null) {
			sql.append(" and seq < ?");
			params.add(query.beforeSeq());
		}
		sql.append(" order by seq desc limit ?");
		params.add(limit);
		return this.jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	private AlertView map(ResultSet rs, int row) throws SQLException {
		return new AlertView(rs.getString("alert_id"), rs.getLong("seq"), rs.getString("status"),
				rs.getLong("chain_id"), rs.getString("subject_address"), rs.getString("counterparty_address"),
				rs.getString("token_address"), rs.getInt("score"), rs.getString("severity"),
				EventJson.mapper().readValue(rs.getString("detectors"), FINDINGS),
				List.of((String[]) rs.getArray("evidence_event_ids").getArray()), rs.getString("transaction_hash"),
				rs.getLong("block_number"), instant(rs, "raised_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	/**
	 * The filters of an alert search.
	 *
	 * @param chainId the chain, or null
	 * @param address subject or counterparty, or null
	 * @param minScore lowest score, or null
	 * @param since earliest raise time, or null
	 * @param beforeSeq the cursor: only alerts older than this sequence, or null
	 */
	record AlertQuery(Long chainId, String address, Integer minScore, Instant since, Long beforeSeq) {

	}

}
