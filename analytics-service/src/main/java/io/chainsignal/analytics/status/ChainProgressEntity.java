package io.chainsignal.analytics.status;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Ingestion progress of one chain, as ingestion maintains it; read-only here.
 */
@Entity
@Immutable
@Table(schema = "analytics", name = "chain_progress")
class ChainProgressEntity {

	@Id
	@Column(name = "chain_id")
	private long chainId;

	@Column(name = "last_block")
	private long lastBlock;

	@Column(name = "last_block_timestamp")
	private long lastBlockTimestamp;

	@Column(name = "events_ingested")
	private long eventsIngested;

	@Column(name = "confirmed_transfers")
	private long confirmedTransfers;

	@Column(name = "pending_transfers")
	private long pendingTransfers;

	@Column(name = "dead_lettered")
	private long deadLettered;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected ChainProgressEntity() {
	}

	long chainId() {
		return this.chainId;
	}

	long lastBlock() {
		return this.lastBlock;
	}

	long lastBlockTimestamp() {
		return this.lastBlockTimestamp;
	}

	long eventsIngested() {
		return this.eventsIngested;
	}

	long confirmedTransfers() {
		return this.confirmedTransfers;
	}

	long pendingTransfers() {
		return this.pendingTransfers;
	}

	long deadLettered() {
		return this.deadLettered;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
