package io.chainsignal.analytics.ingest;

import java.util.List;
import java.util.Map;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.ExpectedStore;
import io.chainsignal.analytics.WindowSumsCheck;
import io.chainsignal.analytics.ListenerSimulation;
import io.chainsignal.analytics.StoreDump;
import io.chainsignal.analytics.TestKafka;
import io.chainsignal.common.transfer.TokenTransfer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several consumers ingest at once ({@code spring.kafka.listener.concurrency}, 3 by
 * default, one per partition here) a stream whose transfers all hit the same few
 * balances, rollups, parties and chain progress rows, with reorgs and duplicates: no
 * batch fails (a deadlock would fail one and show as a retry), and the store is exactly
 * what the canonical transfers give and what a sequential replay leaves.
 */
class ConcurrentIngestIT extends AnalyticsIntegrationTest {

	@Autowired
	BatchIngester ingester;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void concurrentConsumersOnSharedRowsConvergeWithoutFailures() {
		ConcurrentMessageListenerContainer<?, ?> container = (ConcurrentMessageListenerContainer<?, ?>) this.listeners
			.getListenerContainer(TransferBatchListener.ID);
		assertThat(container.getConcurrency()).isEqualTo(3);
		eventually().until(() -> container.getContainers()
			.stream()
			.filter((child) -> child.getAssignedPartitions() != null && !child.getAssignedPartitions().isEmpty())
			.count() == PARTITIONS);

		long chainId = newChainId();
		ListenerSimulation chain = new ListenerSimulation(chainId, 400, 11);
		List<TokenTransfer> events = chain.published();
		double failuresBefore = failures();
		TestKafka.publish(events);
		eventually().until(() -> eventsIngested(chainId) == events.size());

		assertThat(failures()).as("batches failed, e.g. on a deadlock").isEqualTo(failuresBefore);
		ExpectedStore expected = new ExpectedStore(chain.confirmed().values());
		assertThat(ExpectedStore.actualBalances(this.jdbc, chainId)).isEqualTo(expected.balances()).isNotEmpty();
		assertThat(ExpectedStore.actualHourly(this.jdbc, chainId)).isEqualTo(expected.hourly()).isNotEmpty();
		assertThat(ExpectedStore.actualHolders(this.jdbc, chainId)).isEqualTo(expected.holders());
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
		Map<String, List<String>> concurrent = StoreDump.of(this.jdbc, chainId);
		assertThat(concurrent.get("transfers")).hasSize(chain.confirmed().size());

		this.ingester.ingest(events);
		assertThat(StoreDump.of(this.jdbc, chainId)).isEqualTo(concurrent);
	}

	private double failures() {
		return this.meters.counter("chainsignal.analytics.ingest.failures").count();
	}

	private long eventsIngested(long chainId) {
		List<Long> counts = this.jdbc.queryForList(
				"SELECT events_ingested FROM analytics.chain_progress WHERE chain_id = ?", Long.class, chainId);
		return counts.isEmpty() ? 0 : counts.get(0);
	}

}
