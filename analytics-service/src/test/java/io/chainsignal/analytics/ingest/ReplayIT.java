package io.chainsignal.analytics.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.ExpectedStore;
import io.chainsignal.analytics.WindowSumsCheck;
import io.chainsignal.analytics.ListenerSimulation;
import io.chainsignal.analytics.StoreDump;
import io.chainsignal.analytics.TestKafka;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the same events leaves every table identical, whatever the batch sizes, and
 * equal to what the test computes independently from the canonical transfers.
 */
class ReplayIT extends AnalyticsIntegrationTest {

	@Autowired
	BatchIngester ingester;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void replaysInAnyBatchSizesLeaveTheSameTables() {
		long chainId = newChainId();
		ListenerSimulation chain = new ListenerSimulation(chainId, 24, 42);
		List<TokenTransfer> events = chain.published();

		ingestInBatches(events, events.size());
		Map<String, List<String>> first = StoreDump.of(this.jdbc, chainId);
		ExpectedStore expected = new ExpectedStore(chain.confirmed().values());
		assertThat(ExpectedStore.actualBalances(this.jdbc, chainId)).isEqualTo(expected.balances()).isNotEmpty();
		assertThat(ExpectedStore.actualHourly(this.jdbc, chainId)).isEqualTo(expected.hourly()).isNotEmpty();
		assertThat(ExpectedStore.actualHolders(this.jdbc, chainId)).isEqualTo(expected.holders());
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
		assertThat(first.get("transfers")).hasSize(chain.confirmed().size());
		assertThat(WindowSumsCheck.actual(this.jdbc, chainId)).isNotEmpty();

		ingestInBatches(events, 1);
		assertThat(StoreDump.of(this.jdbc, chainId)).isEqualTo(first);
		ingestInBatches(events, 7);
		assertThat(StoreDump.of(this.jdbc, chainId)).isEqualTo(first);
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
	}

	@Test
	void replayingTheTopicFromOffsetZeroLeavesTheSameTables() throws Exception {
		long chainId = newChainId();
		ListenerSimulation chain = new ListenerSimulation(chainId, 20, 7);
		int count = chain.published().size();
		TestKafka.publish(chain.published());
		eventually().until(() -> eventsIngested(chainId) == count);
		Map<String, List<String>> first = StoreDump.of(this.jdbc, chainId);
		ExpectedStore expected = new ExpectedStore(chain.confirmed().values());
		assertThat(ExpectedStore.actualBalances(this.jdbc, chainId)).isEqualTo(expected.balances());
		assertThat(ExpectedStore.actualHourly(this.jdbc, chainId)).isEqualTo(expected.hourly());
		assertThat(ExpectedStore.actualHolders(this.jdbc, chainId)).isEqualTo(expected.holders());
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();

		rewindToOffsetZero();
		eventually().until(() -> eventsIngested(chainId) == 2L * count);
		assertThat(StoreDump.of(this.jdbc, chainId)).isEqualTo(first);
	}

	private void ingestInBatches(List<TokenTransfer> events, int size) {
		for (int from = 0; from < events.size(); from += size) {
			this.ingester.ingest(events.subList(from, Math.min(events.size(), from + size)));
		}
	}

	private long eventsIngested(long chainId) {
		List<Long> counts = this.jdbc.queryForList(
				"SELECT events_ingested FROM analytics.chain_progress WHERE chain_id = ?", Long.class, chainId);
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	private void rewindToOffsetZero() throws InterruptedException, ExecutionException {
		MessageListenerContainer container = this.listeners.getListenerContainer(TransferBatchListener.ID);
		container.stop();
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
			Map<TopicPartition, OffsetAndMetadata> zero = IntStream.range(0, PARTITIONS)
				.mapToObj((p) -> new TopicPartition(Topics.TOKEN_TRANSFERS, p))
				.collect(Collectors.toMap((tp) -> tp, (tp) -> new OffsetAndMetadata(0)));
			eventually().ignoreExceptions()
				.until(() -> admin.alterConsumerGroupOffsets(Topics.ANALYTICS_GROUP, zero).all().get() == null);
		}
		container.start();
	}

}
