package io.chainsignal.analytics.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.chainsignal.analytics.AnalyticsIntegrationTest;
import io.chainsignal.analytics.TestEvents;
import io.chainsignal.analytics.ingest.BatchIngester;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static io.chainsignal.common.transfer.TransferStatus.CONFIRMED;
import static io.chainsignal.common.transfer.TransferStatus.UNCONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint over real HTTP against data ingested by the service: values, pagination
 * and errors.
 */
class ApiIT extends AnalyticsIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	BatchIngester ingester;

	private RestClient http;

	private long chainId;

	private String token;

	private String alice;

	private String bob;

	private String carol;

	private TokenTransfer payBob;

	private long now;

	@BeforeEach
	void data() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		this.chainId = newChainId();
		this.token = TestEvents.address();
		this.alice = TestEvents.address();
		this.bob = TestEvents.address();
		this.carol = TestEvents.address();
		this.now = System.currentTimeMillis() / 1000;
		List<TokenTransfer> events = new ArrayList<>();
		events.add(transfer(CONFIRMED, 100, this.now - 3 * 3600, TestEvents.ZERO, this.alice, 1_000_000_000));
		this.payBob = transfer(CONFIRMED, 101, this.now - 2 * 3600, this.alice, this.bob, 250_000_000);
		events.add(this.payBob);
		events.add(transfer(CONFIRMED, 102, this.now - 2 * 3600, this.alice, this.carol, 100_000_000));
		events.add(transfer(UNCONFIRMED, 200, this.now - 600, this.bob, this.carol, 50_000_000));
		for (int i = 0; i < 25; i++) {
			events.add(transfer(CONFIRMED, 104 + i, this.now - 3600, this.alice, this.bob, 1));
		}
		this.ingester.ingest(events);
	}

	private TokenTransfer transfer(TransferStatus status, long block, long time, String from, String to, long value) {
		return TestEvents.erc20(status, this.chainId, block, TestEvents.hash(), time, TestEvents.hash(), 0, this.token,
				from, to, value);
	}

	@Test
	void tokenDetailHoldersSeriesAndTopTokens() {
		JsonNode detail = ok("/api/v1/tokens/" + this.chainId + "/" + this.token.toUpperCase().replace("0X", "0x"));
		assertThat(detail.get("token").asString()).isEqualTo(this.token);
		assertThat(detail.get("metadata").get("symbol").asString()).isEqualTo("TST");
		assertThat(detail.get("metadata").get("decimals").asInt()).isEqualTo(6);
		assertThat(detail.get("transfers").asLong()).isEqualTo(28);
		assertThat(detail.get("volume").asString()).isEqualTo("1350000025");
		assertThat(detail.get("volumeAdjusted").asString()).isEqualTo("1350.000025");
		assertThat(detail.get("holders").asLong()).isEqualTo(3);

		JsonNode holders = ok("/api/v1/tokens/" + this.chainId + "/" + this.token + "/holders?limit=2").get("holders");
		assertThat(holders).hasSize(2);
		assertThat(holders.get(0).get("holder").asString()).isEqualTo(this.alice);
		assertThat(holders.get(0).get("balance").asString()).isEqualTo("649999975");
		assertThat(holders.get(0).get("balanceAdjusted").asString()).isEqualTo("649.999975");
		assertThat(holders.get(1).get("holder").asString()).isEqualTo(this.bob);
		assertThat(holders.get(1).get("balance").asString()).isEqualTo("250000025");

		String from = Instant.ofEpochSecond(this.now - 4 * 3600).toString();
		JsonNode series = ok(
				"/api/v1/tokens/" + this.chainId + "/" + this.token + "/series?interval=hour&from=" + from);
		JsonNode points = series.get("points");
		assertThat(points.size()).isBetween(4, 5);
		long total = 0;
		for (JsonNode point : points) {
			total += point.get("transfers").asLong();
			if (point.get("transfers").asLong() == 2) {
				assertThat(point.get("distinctSenders").asLong()).isEqualTo(1);
				assertThat(point.get("distinctReceivers").asLong()).isEqualTo(2);
				assertThat(point.get("volumeAdjusted").asString()).isEqualTo("350");
			}
		}
		assertThat(total).isEqualTo(28);
		JsonNode days = ok("/api/v1/tokens/" + this.chainId + "/" + this.token + "/series?interval=day");
		assertThat(days.get("points")).hasSize(31);

		JsonNode top = ok("/api/v1/tokens?window=24h&sort=transfers&chainId=" + this.chainId);
		assertThat(top.get("tokens")).hasSize(1);
		assertThat(top.get("tokens").get(0).get("transfers").asLong()).isEqualTo(28);
		assertThat(top.get("tokens").get(0).get("volume").asString()).isEqualTo("1350000025");
		JsonNode lastHour = ok("/api/v1/tokens?window=1h&chainId=" + this.chainId).get("tokens");
		assertThat(lastHour.size()).isLessThanOrEqualTo(1);
		assertThat(ok("/api/v1/tokens?window=30d&limit=500").get("tokens").size()).isBetween(1, 100);
	}

	@Test
	void addressTransfersPaginateStablyWhileNewTransfersArrive() {
		String base = "/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?limit=7";
		List<String> seen = new ArrayList<>();
		List<Long> blocks = new ArrayList<>();
		JsonNode page = ok(base);
		boolean added = false;
		while (true) {
			for (JsonNode transfer : page.get("transfers")) {
				seen.add(transfer.get("eventId").asString());
				blocks.add(transfer.get("blockNumber").asLong());
			}
			if (!added) {
				this.ingester.ingest(List.of(transfer(CONFIRMED, 500, this.now - 60, this.alice, this.carol, 5)));
				added = true;
			}
			if (page.get("nextCursor").isNull()) {
				break;
			}
			page = ok(base + "&cursor=" + page.get("nextCursor").asString());
		}
		assertThat(seen).hasSize(28).doesNotHaveDuplicates();
		assertThat(blocks).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(blocks.get(0)).isEqualTo(128);
		assertThat(ok(base.replace("limit=7", "limit=1")).get("transfers").get(0).get("blockNumber").asLong())
			.isEqualTo(500);

		JsonNode incoming = ok("/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?direction=in");
		assertThat(incoming.get("transfers")).hasSize(1);
		assertThat(incoming.get("transfers").get(0).get("from").asString()).isEqualTo(TestEvents.ZERO);
		JsonNode otherToken = ok(
				"/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?token=" + TestEvents.address());
		assertThat(otherToken.get("transfers")).isEmpty();
		assertThat(otherToken.get("nextCursor").isNull()).isTrue();

		// a token filter pages through that token's transfers only, newest first
		String second = TestEvents.address();
		TokenTransfer secondTransfer = TestEvents.erc20(CONFIRMED, this.chainId, 600, TestEvents.hash(), this.now - 30,
				TestEvents.hash(), 0, second, this.alice, this.bob, 7);
		this.ingester.ingest(List.of(secondTransfer));
		JsonNode onlySecond = ok("/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?token=" + second);
		assertThat(onlySecond.get("transfers")).hasSize(1);
		assertThat(onlySecond.get("transfers").get(0).get("eventId").asString()).isEqualTo(secondTransfer.eventId());
		String filtered = "/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?limit=10&token="
				+ this.token;
		List<String> first = new ArrayList<>();
		for (JsonNode filteredPage = ok(filtered);; filteredPage = ok(
				filtered + "&cursor=" + filteredPage.get("nextCursor").asString())) {
			filteredPage.get("transfers")
				.forEach((t) -> first.add(t.get("token").asString() + " " + t.get("blockNumber")));
			if (filteredPage.get("nextCursor").isNull()) {
				break;
			}
		}
		assertThat(first).hasSize(29).doesNotHaveDuplicates().allMatch((t) -> t.startsWith(this.token + " "));
		assertThat(first.get(0)).isEqualTo(this.token + " 500");

		JsonNode bobs = ok("/api/v1/addresses/" + this.chainId + "/" + this.bob + "/transfers?direction=out");
		assertThat(bobs.get("transfers")).hasSize(1);
		assertThat(bobs.get("transfers").get(0).get("status").asString()).isEqualTo("PENDING");
		assertThat(bobs.get("transfers").get(0).get("valueAdjusted").asString()).isEqualTo("50");
	}

	@Test
	void balancesTransactionAndStatus() {
		JsonNode balances = ok("/api/v1/addresses/" + this.chainId + "/" + this.carol + "/balances").get("balances");
		assertThat(balances).hasSize(1);
		assertThat(balances.get(0).get("balance").asString()).isEqualTo("100000000");
		assertThat(balances.get(0).get("balanceAdjusted").asString()).isEqualTo("100");
		assertThat(balances.get(0).get("symbol").asString()).isEqualTo("TST");
		assertThat(ok("/api/v1/addresses/" + this.chainId + "/" + TestEvents.address() + "/balances").get("balances"))
			.isEmpty();

		JsonNode tx = ok("/api/v1/transfers/" + this.chainId + "/" + this.payBob.transactionHash());
		assertThat(tx.get("transfers")).hasSize(1);
		JsonNode transfer = tx.get("transfers").get(0);
		assertThat(transfer.get("eventId").asString()).isEqualTo(this.payBob.eventId());
		assertThat(transfer.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(transfer.get("value").asString()).isEqualTo("250000000");
		assertThat(transfer.get("valueAdjusted").asString()).isEqualTo("250");
		assertThat(transfer.get("blockTime").asString())
			.isEqualTo(Instant.ofEpochSecond(this.payBob.blockTimestamp()).toString());

		JsonNode chain = null;
		for (JsonNode candidate : ok("/api/v1/status").get("chains")) {
			if (candidate.get("chainId").asLong() == this.chainId) {
				chain = candidate;
			}
		}
		assertThat(chain).isNotNull();
		assertThat(chain.get("lastBlock").asLong()).isEqualTo(200);
		assertThat(chain.get("confirmedTransfers").asLong()).isEqualTo(28);
		assertThat(chain.get("pendingTransfers").asLong()).isEqualTo(1);
		assertThat(chain.get("eventsIngested").asLong()).isEqualTo(29);
		assertThat(chain.get("deadLettered").asLong()).isZero();
		JsonNode status = ok("/api/v1/status");
		assertThat(status.get("consumerLag").isNumber()).isTrue();
		assertThat(status.get("deadLettered").isNumber()).isTrue();
	}

	@Test
	void badParametersAre400ProblemsAndUnknownThings404() {
		String tokenPath = "/api/v1/tokens/" + this.chainId + "/" + this.token;
		problem("/api/v1/tokens/abc/" + this.token, 400, "chainId");
		problem("/api/v1/tokens/0/" + this.token, 400, "chainId");
		problem("/api/v1/tokens/" + this.chainId + "/0x1234", 400, "token");
		problem("/api/v1/tokens?window=2h", 400, "window");
		problem("/api/v1/tokens?sort=price", 400, "sort");
		problem("/api/v1/tokens?limit=0", 400, "limit");
		problem("/api/v1/tokens?limit=ten", 400, "limit");
		problem(tokenPath + "/series?interval=minute", 400, "interval");
		problem(tokenPath + "/series?from=yesterday", 400, "from");
		problem(tokenPath + "/series?from=2024-06-10T00:00:00Z&to=2024-06-09T00:00:00Z", 400, "from");
		problem(tokenPath + "/series?from=2020-01-01T00:00:00Z", 400, "from");
		problem(tokenPath + "/holders?limit=-1", 400, "limit");
		problem("/api/v1/addresses/" + this.chainId + "/nothex/transfers", 400, "address");
		problem("/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?direction=up", 400, "direction");
		problem("/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?cursor=%21%21", 400, "cursor");
		problem("/api/v1/transfers/" + this.chainId + "/0xabc", 400, "txHash");
		problem("/api/v1/tokens/" + this.chainId + "/" + TestEvents.address(), 404, null);
		problem("/api/v1/tokens/" + this.chainId + "/" + TestEvents.address() + "/holders", 404, null);
		problem("/api/v1/transfers/" + this.chainId + "/" + TestEvents.hash(), 404, null);
		assertThat(ok(tokenPath + "/holders?limit=100000").get("holders")).hasSize(3);
		JsonNode capped = ok("/api/v1/addresses/" + this.chainId + "/" + this.alice + "/transfers?limit=100000");
		assertThat(capped.get("transfers")).hasSize(28);
	}

	@Test
	void openApiSwaggerUiHealthAndMetrics() {
		JsonNode docs = ok("/v3/api-docs");
		assertThat(docs.get("paths").propertyNames()).contains("/api/v1/tokens", "/api/v1/tokens/{chainId}/{token}",
				"/api/v1/tokens/{chainId}/{token}/series", "/api/v1/tokens/{chainId}/{token}/holders",
				"/api/v1/addresses/{chainId}/{address}/transfers", "/api/v1/addresses/{chainId}/{address}/balances",
				"/api/v1/transfers/{chainId}/{txHash}", "/api/v1/status");
		assertThat(docs.get("info").get("description").asString()).contains("net flows");
		ResponseEntity<String> ui = this.http.get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);
		assertThat(ui.getStatusCode().value()).isEqualTo(200);

		JsonNode health = ok("/actuator/health");
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
		for (String metric : List.of("chainsignal.analytics.batch.size", "chainsignal.analytics.ingest.latency",
				"chainsignal.analytics.consumer.lag", "chainsignal.analytics.events.dead.lettered")) {
			assertThat(ok("/actuator/metrics/" + metric).get("name").asString()).isEqualTo(metric);
		}
	}

	private JsonNode ok(String path) {
		ResponseEntity<String> response = this.http.get().uri(path).retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
		return JSON.readTree(response.getBody());
	}

	private void problem(String path, int status, String parameter) {
		ResponseEntity<String> response = this.http.get().uri(path).retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = JSON.readTree(response.getBody());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		if (parameter != null) {
			assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		}
		Set<String> fields = new HashSet<>(problem.propertyNames());
		assertThat(fields).contains("type", "title", "status", "detail", "instance");
	}

}
