package io.chainsignal.notification.ingest;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.KafkaProgress;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.notification.support.WebhookReceiver.Endpoint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching by every filter field, through Kafka and the outbox: for each field, events it
 * rules out and one it lets through are published, the group is let catch up, and the
 * outbox must hold exactly the one let through.
 */
class MatchingIT extends NotificationIntegrationTest {

	@Autowired
	ApplicationContext context;

	private final String watched = Events.address();

	private final String token = Events.address();

	@Test
	void chainId() {
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"]}", 1);
		TokenTransfer wrongChain = Events.erc20(5, this.token, Events.address(), this.watched, 5_000_000);
		TokenTransfer match = Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000);
		assertOnly(id, match, wrongChain);
	}

	@Test
	void directionIn() {
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"], \"direction\": \"in\"}", 1);
		assertOnly(id, Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000),
				Events.erc20(1, this.token, this.watched, Events.address(), 5_000_000),
				Events.erc20(1, this.token, Events.address(), Events.address(), 5_000_000));
	}

	@Test
	void directionOut() {
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"], \"direction\": \"out\"}", 1);
		assertOnly(id, Events.erc20(1, this.token, this.watched, Events.address(), 5_000_000),
				Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000));
	}

	@Test
	void directionAnyWithSeveralAddresses() {
		String second = Events.address();
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\", \"" + second + "\"]}", 1);
		TokenTransfer in = Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000);
		TokenTransfer out = Events.erc20(1, this.token, second, Events.address(), 5_000_000);
		Events.publish(in);
		Events.publish(out);
		Events.publish(Events.erc20(1, this.token, Events.address(), Events.address(), 5_000_000));
		KafkaProgress.awaitConsumed(WAIT);
		assertThat(outboxEvents(id)).containsExactlyInAnyOrder("transfer.confirmed " + in.eventId(),
				"transfer.confirmed " + out.eventId());
	}

	@Test
	void tokens() {
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"], \"tokens\": [\"" + this.token + "\"]}", 1);
		assertOnly(id, Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000),
				Events.erc20(1, Events.address(), Events.address(), this.watched, 5_000_000));
	}

	@Test
	void tokenOnlySubscriptions() {
		String id = subscribe("{\"tokens\": [\"" + this.token + "\"]}", 1);
		assertOnly(id, Events.erc20(1, this.token, Events.address(), Events.address(), 5_000_000),
				Events.erc20(1, Events.address(), Events.address(), Events.address(), 5_000_000));
	}

	@Test
	void tokenStandards() {
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"], \"token_standards\": [\"ERC721\"]}", 1);
		TokenTransfer nft = Events.transfer(1, TokenStandard.ERC721, this.token, Events.address(), this.watched,
				BigInteger.ONE, BigInteger.valueOf(7421), new TokenInfo("CSNFT", "NFT", null), TransferStatus.CONFIRMED,
				Events.hash());
		assertOnly(id, nft, Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000));
	}

	@Test
	void minValue() {
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"], \"min_value\": \"1000000\"}", 1);
		assertOnly(id, Events.erc20(1, this.token, Events.address(), this.watched, 1_000_000),
				Events.erc20(1, this.token, Events.address(), this.watched, 999_999));
	}

	@Test
	void eventTypes() {
		String id = subscribe(
				"{\"addresses\": [\"" + this.watched + "\"], \"event_types\": [\"transfer.unconfirmed\"]}", 1);
		TokenTransfer unconfirmed = Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000)
			.withStatus(TransferStatus.UNCONFIRMED, Instant.parse("2024-06-10T06:13:25Z"));
		assertOnly(id, unconfirmed, Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000));
	}

	@Test
	void suppressSuspiciousIsOnByDefault() {
		String lookalike = this.watched.substring(0, 6) + "0".repeat(32) + this.watched.substring(38);
		String id = subscribe("{\"addresses\": [\"" + this.watched + "\"]}", 1);
		String everything = subscribe("{\"addresses\": [\"" + this.watched + "\"], \"suppress_suspicious\": false}", 1);
		TokenTransfer zero = Events.erc20(1, this.token, Events.address(), this.watched, 0);
		TokenTransfer dust = Events.erc20(1, this.token, Events.address(), this.watched, 99);
		TokenTransfer poisoning = Events.erc20(1, this.token, lookalike, this.watched, 5_000_000);
		TokenTransfer normal = Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000);
		assertOnly(id, normal, zero, dust, poisoning);
		assertThat(outboxEvents(everything)).hasSize(4);
		String flags = this.jdbc.sql(
				"select payload::jsonb -> 'data' ->> 'flags' from delivery where subscription_id = ?::uuid and event_id = ?")
			.params(everything, poisoning.eventId())
			.query(String.class)
			.single();
		assertThat(flags).isEqualTo("[\"lookalike_counterparty\"]");
	}

	@Test
	void riskAlertsBySubjectOrCounterpartyAndMinimumScore() {
		String id = subscribe("{\"addresses\": [\"" + this.watched
				+ "\"], \"event_types\": [\"risk.alert\"], \"min_risk_score\": 70}", 1);
		RiskAlert high = alert(this.watched, Events.address(), 81);
		RiskAlert asCounterparty = alert(Events.address(), this.watched, 90);
		RiskAlert low = alert(this.watched, Events.address(), 50);
		RiskAlert elsewhere = alert(Events.address(), Events.address(), 99);
		for (RiskAlert alert : List.of(high, asCounterparty, low, elsewhere)) {
			Events.publish(alert);
		}
		Events.publish(Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000));
		KafkaProgress.awaitConsumed(WAIT);
		assertThat(outboxEvents(id)).containsExactlyInAnyOrder("risk.alert " + high.alertId(),
				"risk.alert " + asCounterparty.alertId());
	}

	@Test
	void transfersFraudServiceFlaggedAreWithdrawnAndKeptFromSuppressingSubscriptions() {
		String types = "\"event_types\": [\"transfer.unconfirmed\", \"transfer.confirmed\"]";
		String suppressing = subscribe("{\"addresses\": [\"" + this.watched + "\"], " + types + "}", 1);
		String everything = subscribe(
				"{\"addresses\": [\"" + this.watched + "\"], \"suppress_suspicious\": false, " + types + "}", 1);
		SmartLifecycle dispatcher = this.context.getBean("dispatcher", SmartLifecycle.class);
		dispatcher.stop();
		try {
			TokenTransfer unconfirmed = Events.erc20(1, this.token, Events.address(), this.watched, 5_000_000)
				.withStatus(TransferStatus.UNCONFIRMED, Instant.parse("2024-06-10T06:13:25Z"));
			Events.publish(unconfirmed);
			KafkaProgress.awaitConsumed(WAIT);
			RiskAlert poisoning = RiskAlert.raised(1, this.watched, unconfirmed.fromAddress(), this.token, 60,
					List.of(new DetectorFinding("zero-value-poisoning", 60, "Looks like poisoning.", Map.of())),
					List.of(unconfirmed.eventId()), unconfirmed.transactionHash(), unconfirmed.blockNumber(),
					Instant.parse("2024-06-10T06:13:26Z"));
			Events.publish(poisoning);
			KafkaProgress.awaitConsumed(WAIT);
			assertThat(statuses(suppressing)).containsExactly("cancelled");
			assertThat(statuses(everything)).containsExactly("pending");

			Events.publish(unconfirmed.withStatus(TransferStatus.CONFIRMED, Instant.parse("2024-06-10T06:14:25Z")));
			KafkaProgress.awaitConsumed(WAIT);
			assertThat(outboxEvents(suppressing)).hasSize(1);
			assertThat(outboxEvents(everything)).hasSize(2);
			assertThat(this.jdbc
				.sql("select payload::jsonb -> 'data' ->> 'flags' from delivery"
						+ " where subscription_id = ?::uuid and event_type = 'transfer.confirmed'")
				.param(everything)
				.query(String.class)
				.single()).isEqualTo("[\"fraud:zero-value-poisoning\"]");
		}
		finally {
			dispatcher.start();
		}
	}

	private List<String> statuses(String subscriptionId) {
		return this.jdbc.sql("select status from delivery where subscription_id = ?::uuid order by created_at")
			.param(subscriptionId)
			.query(String.class)
			.list();
	}

	private String subscribe(String filter, long chainId) {
		Endpoint endpoint = this.receiver.endpoint();
		JsonNode created = createSubscription(this.acme, webhook(endpoint.url(), chainId, filter));
		return created.path("id").asString();
	}

	private void assertOnly(String subscriptionId, TokenTransfer match, TokenTransfer... ruledOut) {
		for (TokenTransfer transfer : ruledOut) {
			Events.publish(transfer);
		}
		Events.publish(match);
		KafkaProgress.awaitConsumed(WAIT);
		String type = (match.status() == TransferStatus.CONFIRMED) ? "transfer.confirmed" : "transfer.unconfirmed";
		assertThat(outboxEvents(subscriptionId)).containsExactly(type + " " + match.eventId());
	}

	static RiskAlert alert(String subject, String counterparty, int score) {
		return RiskAlert.raised(1, subject, counterparty, null, score,
				List.of(new DetectorFinding("large-transfer", score, "Sent a lot.", Map.of())),
				List.of(TokenTransfer.eventId(1, Events.hash(), 1, 0)), Events.hash(), 20_000_000,
				Instant.parse("2024-06-10T06:13:26Z"));
	}

}
