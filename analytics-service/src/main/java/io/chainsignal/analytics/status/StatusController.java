package io.chainsignal.analytics.status;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ingestion status: progress per chain from the store, lag and dead letters from Kafka.
 */
@RestController
@Tag(name = "status")
class StatusController {

	private final ChainProgressRepository progress;

	private final KafkaMonitor kafka;

	StatusController(ChainProgressRepository progress, KafkaMonitor kafka) {
		this.progress = progress;
		this.kafka = kafka;
	}

	@GetMapping("/api/v1/status")
	@Operation(summary = "Ingestion status",
			description = "Per chain: last block seen, events ingested (replays count again), confirmed and pending "
					+ "transfers held, records dead-lettered (by the chain in their key). Consumer lag and the "
					+ "dead-letter topic's size are for the whole topic, since partitions mix chains; null when Kafka "
					+ "does not answer.")
	Status status() {
		List<ChainStatus> chains = this.progress.findAllByOrderByChainIdAsc()
			.stream()
			.map((p) -> new ChainStatus(p.chainId(), (p.lastBlock() >= 0) ? p.lastBlock() : null,
					(p.lastBlock() >= 0) ? Instant.ofEpochSecond(p.lastBlockTimestamp()) : null, p.eventsIngested(),
					p.confirmedTransfers(), p.pendingTransfers(), p.deadLettered(), p.updatedAt()))
			.toList();
		return new Status(chains, value(this.kafka.lag()), value(this.kafka.deadLettered()));
	}

	private static Long value(OptionalLong value) {
		return value.isPresent() ? value.getAsLong() : null;
	}

	/**
	 * The status answer.
	 *
	 * @param chains per chain, by chain id
	 * @param consumerLag records of token-transfers the analytics group has not consumed
	 * @param deadLettered records in token-transfers-analytics-dlt, all chains
	 */
	record Status(List<ChainStatus> chains, Long consumerLag, Long deadLettered) {
	}

	/**
	 * One chain's progress.
	 *
	 * @param chainId the chain
	 * @param lastBlock the highest block number of any event seen, null when only
	 * unreadable records were
	 * @param lastBlockTime that block's timestamp
	 * @param eventsIngested events consumed, replays included
	 * @param confirmedTransfers confirmed transfers held
	 * @param pendingTransfers unconfirmed transfers held
	 * @param deadLettered records with this chain in their key sent to the dead-letter
	 * topic (replays count again)
	 * @param updatedAt when a batch last touched this chain
	 */
	record ChainStatus(long chainId, Long lastBlock, Instant lastBlockTime, long eventsIngested,
			long confirmedTransfers, long pendingTransfers, long deadLettered, Instant updatedAt) {
	}

}
