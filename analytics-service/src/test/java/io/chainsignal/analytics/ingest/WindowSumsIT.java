package io.chainsignal.analytics.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.TestEvents;
import io.chainsignal.analytics.WindowSumsCheck;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-tokens window sums: what ingestion keeps for each window, how the advancer
 * moves a window's start as time passes, and that the endpoint answers the same whether
 * or not the start has been moved (stale or ahead).
 */
class WindowSumsIT extends AnalyticsIntegrationTest {

	private static final String[] WINDOWS = { "1h", "24h", "7d", "30d" };

	private static final Pattern ENTRY = Pattern.compile("\"transfers\":(\\d+),\"volume\":\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	BatchIngester ingester;

	@Autowired
	WindowAdvancer advancer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void windowsHoldTheirBucketsAndAnswerTheSameWhateverTheStoredStart() {
		this.advancer.advance();
		long chainId = newChainId();
		String token = TestEvents.address();
		long now = System.currentTimeMillis() / 1000;
		List<TokenTransfer> events = new ArrayList<>();
		long[] ages = { 40 * 86400, 20 * 86400, 3 * 86400, 5 * 3600, 10 * 60 };
		for (int i = 0; i < ages.length; i++) {
			events.add(TestEvents.erc20(TransferStatus.CONFIRMED, chainId, 100 + i, TestEvents.hash(), now - ages[i],
					TestEvents.hash(), 0, token, TestEvents.address(), TestEvents.address(), 1L << i));
		}
		this.ingester.ingest(events);

		// 30d holds the 20-day-old transfer and the newer ones, 7d from 3 days, 24h from
		// 5 hours, 1h the last
		assertThat(WindowSumsCheck.actual(this.jdbc, chainId)).containsExactly(Map.entry(token, "1 16 2 24 3 28 4 30"));
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
		Map<String, String> answers = topTokens(chainId);
		assertThat(answers).containsEntry("1h", "1 16").containsEntry("24h", "2 24").containsEntry("30d", "4 30");

		// as if the advancer had not run for 25 days: the endpoint subtracts, the
		// advancer catches up
		restartWindowsAt("- interval '25 days'");
		assertThat(WindowSumsCheck.actual(this.jdbc, chainId)).containsExactly(Map.entry(token, "4 30 4 30 4 30 5 31"));
		assertThat(topTokens(chainId)).isEqualTo(answers);
		this.advancer.advance();
		assertThat(WindowSumsCheck.actual(this.jdbc, chainId)).containsExactly(Map.entry(token, "1 16 2 24 3 28 4 30"));
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
		assertThat(topTokens(chainId)).isEqualTo(answers);

		// a start ahead of the clock (moved by an instance whose clock runs fast): the
		// endpoint adds
		restartWindowsAt("+ interval '40 days'");
		assertThat(WindowSumsCheck.actual(this.jdbc, chainId)).isEmpty();
		assertThat(topTokens(chainId)).isEqualTo(answers);

		// removing the transfers undoes them in every window, and the token leaves the
		// list
		restartWindowsAt("- interval '25 days'");
		this.advancer.advance();
		List<TokenTransfer> removed = new ArrayList<>();
		events.forEach((e) -> removed.add(e.withStatus(TransferStatus.REMOVED, e.emittedAt())));
		this.ingester.ingest(removed);
		assertThat(WindowSumsCheck.actual(this.jdbc, chainId)).isEmpty();
		assertThat(WindowSumsCheck.mismatches(this.jdbc, chainId)).isEmpty();
		assertThat(topTokens(chainId)).containsOnlyKeys(WINDOWS)
			.allSatisfy((window, answer) -> assertThat(answer).isEmpty());
	}

	/**
	 * Moves every window's start relative to where it should be now and rebuilds the sums
	 * from the rollups for those starts, in one transaction holding the starts, as the
	 * migration does.
	 */
	private void restartWindowsAt(String shift) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.queryForList("SELECT label FROM analytics.window_starts FOR UPDATE");
			this.jdbc.update("""
					UPDATE analytics.window_starts SET start_at = to_timestamp(floor((extract(epoch FROM now()) -
						CASE label WHEN '1h' THEN 3600 WHEN '24h' THEN 86400 WHEN '7d' THEN 604800 ELSE 2592000 END)
						/ CASE WHEN label IN ('1h', '24h') THEN 3600 ELSE 86400 END)
						* CASE WHEN label IN ('1h', '24h') THEN 3600 ELSE 86400 END) %s
					""".formatted(shift));
			this.jdbc.update("DELETE FROM analytics.token_windows");
			this.jdbc
				.update("""
						INSERT INTO analytics.token_windows
						SELECT chain_id, token_address,
							coalesce(sum(transfer_count) FILTER (WHERE w = '1h'), 0), coalesce(sum(volume) FILTER (WHERE w = '1h'), 0),
							coalesce(sum(transfer_count) FILTER (WHERE w = '24h'), 0), coalesce(sum(volume) FILTER (WHERE w = '24h'), 0),
							coalesce(sum(transfer_count) FILTER (WHERE w = '7d'), 0), coalesce(sum(volume) FILTER (WHERE w = '7d'), 0),
							coalesce(sum(transfer_count) FILTER (WHERE w = '30d'), 0), coalesce(sum(volume) FILTER (WHERE w = '30d'), 0)
						FROM (
							SELECT s.label AS w, r.chain_id, r.token_address, r.transfer_count, r.volume
							FROM analytics.rollups_hourly r
							JOIN analytics.window_starts s ON s.label IN ('1h', '24h') AND r.bucket_start >= s.start_at
							UNION ALL
							SELECT s.label, r.chain_id, r.token_address, r.transfer_count, r.volume
							FROM analytics.rollups_daily r
							JOIN analytics.window_starts s ON s.label IN ('7d', '30d') AND r.bucket_start >= s.start_at
						) AS counted
						GROUP BY chain_id, token_address
						""");
		});
	}

	/**
	 * Each window's list for the chain, as "transfers volume" per token, one line each.
	 */
	private Map<String, String> topTokens(long chainId) {
		RestClient http = RestClient.create("http://localhost:" + this.port);
		Map<String, String> answers = new LinkedHashMap<>();
		for (String window : WINDOWS) {
			ResponseEntity<String> response = http.get()
				.uri("/api/v1/tokens?window=" + window + "&chainId=" + chainId)
				.retrieve()
				.toEntity(String.class);
			assertThat(response.getStatusCode().value()).isEqualTo(200);
			String body = response.getBody();
			StringBuilder answer = new StringBuilder();
			Matcher m = ENTRY.matcher(body);
			while (m.find()) {
				answer.append((answer.length() > 0) ? "\n" : "").append(m.group(1)).append(' ').append(m.group(2));
			}
			answers.put(window, answer.toString());
		}
		return answers;
	}

}
