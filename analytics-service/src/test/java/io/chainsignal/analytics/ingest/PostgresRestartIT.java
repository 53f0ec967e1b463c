package io.chainsignal.analytics.ingest;

import java.util.List;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.ExpectedStore;
import io.chainsignal.analytics.WindowSumsCheck;
import io.chainsignal.analytics.ListenerSimulation;
import io.chainsignal.analytics.TestKafka;
import io.chainsignal.common.transfer.TokenTransfer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped and restarted mid-stream: consumption pauses with retries, resumes
 * by itself, and nothing is lost or dead-lettered.
 */
class PostgresRestartIT extends AnalyticsIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void nothingIsLostWhenTheDatabaseGoesAwayAndComesBack() {
		long chainId = newChainId();
		ListenerSimulation chain = new ListenerSimulation(chainId, 16, 3);
		List<TokenTransfer> events = chain.published();
		int half = events.size() / 2;
		TestKafka.publish(events.subList(0, half));
		eventually().until(() -> eventsIngested(chainId) == half);

		double failuresBefore = failures();
		postgres().stop();
		try {
			TestKafka.publish(events.subList(half, events.size()));
			eventually().until(() -> failures() >= failuresBefore + 2);
		}
		finally {
			postgres().start();
		}
		eventually().ignoreExceptions().until(() -> eventsIngested(chainId) == events.size());

		ExpectedStore expected = new ExpectedStore(chain.confirmed().values());
		assertThat(ExpectedStore.actualBalances(this.jdbc, chainId)).isEqualTo(expected.balances());
		assertThat(ExpectedStore.actualHourly(this.jdbc, chainId)).isEqualTo(expected.hourly());
		assertThat(ExpectedStore.actualHolders(this.jdbc, chainId)).isEqualTo(expected.holders());
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
		assertThat(TestKafka.deadLetters(chainId + ":", 0)).isEmpty();
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
