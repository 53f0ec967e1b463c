package io.chainsignal.notification.email;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.notification.support.Api;
import io.chainsignal.notification.support.Events;
import io.chainsignal.notification.support.KafkaProgress;
import io.chainsignal.notification.support.NotificationIntegrationTest;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.mail.ReceivedMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Email through a real SMTP server (GreenMail): double opt-in, immediate mails with text
 * and HTML parts and a one-click unsubscribe, and digests.
 */
class EmailIT extends NotificationIntegrationTest {

	private static final Pattern LINK = Pattern.compile("/api/v1/email/(verify|unsubscribe)\\?token=([A-Za-z0-9_-]+)");

	private final MailServer mail = TestServers.mail();

	private Api anonymous() {
		return new Api(this.port, null);
	}

	@Test
	void mailsOnlyAfterTheAddressIsVerifiedAndStopsAfterUnsubscribe() throws Exception {
		String recipient = "alice-" + UUID.randomUUID() + "@example.org";
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, email(recipient, watched, "none"));
		String id = created.path("id").asString();
		assertThat(created.path("status").asString()).isEqualTo("unverified");
		assertThat(created.path("secret").isMissingNode()).isTrue();

		Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 5_000_000));
		KafkaProgress.awaitConsumed(WAIT);
		assertThat(outboxEvents(id)).isEmpty();

		ReceivedMail verification = this.mail.awaitMail(recipient, 1, WAIT).get(0);
		assertThat(verification.subject()).contains("confirm");
		Api.Response verified = anonymous().get(link(verification.text(), "verify"));
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.text()).contains("Confirmed");
		assertThat(this.acme.get("/api/v1/subscriptions/" + id).json().path("status").asString()).isEqualTo("active");

		TokenTransfer transfer = Events.erc20(1, Events.address(), Events.address(), watched, 2_500_000);
		Events.publish(transfer);
		ReceivedMail alert = this.mail.awaitMail(recipient, 2, WAIT).get(1);
		assertThat(alert.subject()).startsWith("ChainSignal: transfer.confirmed: 2.500000 USDC");
		assertThat(alert.text()).contains(transfer.transactionHash()).contains("Unsubscribe: http");
		MimeMessage message = alert.message();
		assertThat(parts(message)).containsExactly("text/plain", "text/html");
		String unsubscribe = link(alert.text(), "unsubscribe");
		assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<http://localhost:8083" + unsubscribe + ">");
		assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

		// a link scanner's GET only shows the button
		assertThat(anonymous().get(unsubscribe).text()).contains("<form method=\"post\"");
		assertThat(this.acme.get("/api/v1/subscriptions/" + id).json().path("status").asString()).isEqualTo("active");
		assertThat(anonymous().post(unsubscribe, null).status()).isEqualTo(200);
		assertThat(this.acme.get("/api/v1/subscriptions/" + id).json().path("status").asString())
			.isEqualTo("unsubscribed");
		Events.publish(Events.erc20(1, Events.address(), Events.address(), watched, 7_000_000));
		KafkaProgress.awaitConsumed(WAIT);
		assertThat(outboxEvents(id)).hasSize(1);
		assertThat(anonymous().get("/api/v1/email/verify?token=forged").status()).isEqualTo(404);
	}

	@Test
	void aDigestGathersThePeriodsEventsInOneMail() {
		String recipient = "bob-" + UUID.randomUUID() + "@example.org";
		String watched = Events.address();
		JsonNode created = createSubscription(this.acme, email(recipient, watched, "hourly"));
		ReceivedMail verification = this.mail.awaitMail(recipient, 1, WAIT).get(0);
		assertThat(anonymous().get(link(verification.text(), "verify")).status()).isEqualTo(200);

		List<TokenTransfer> transfers = List.of(Events.erc20(1, Events.address(), Events.address(), watched, 1_000_000),
				Events.erc20(1, Events.address(), watched, Events.address(), 2_000_000),
				Events.erc20(1, Events.address(), Events.address(), watched, 3_000_000));
		transfers.forEach(Events::publish);

		// hourly is 2 s in these tests: the three events wait for one digest
		ReceivedMail digest = this.mail.awaitMail(recipient, 2, WAIT).get(1);
		assertThat(digest.subject()).isEqualTo("ChainSignal digest: 3 events for test");
		for (TokenTransfer transfer : transfers) {
			assertThat(digest.text()).contains(transfer.transactionHash());
		}
		// the digest job marks the deliveries once the SMTP server has accepted the mail,
		// which is after GreenMail hands it to the test
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from delivery where subscription_id = ?::uuid and status = 'succeeded'")
				.param(created.path("id").asString())
				.query(Long.class)
				.single()).isEqualTo(3));
		assertThat(this.mail.received().stream().filter((m) -> m.to().contains(recipient))).hasSize(2);
	}

	private static String email(String recipient, String watched, String digest) {
		return """
				{"name": "test", "chain_id": 1, "channel": "email", "target": "%s", "digest": "%s",
				 "filter": {"addresses": ["%s"], "direction": "any"}}""".formatted(recipient, digest, watched);
	}

	private static String link(String text, String action) {
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			if (matcher.group(1).equals(action)) {
				return matcher.group();
			}
		}
		throw new AssertionError("No " + action + " link in: " + text);
	}

	private static List<String> parts(MimeMessage message) throws Exception {
		MimeMultipart root = (MimeMultipart) message.getContent();
		java.util.ArrayList<String> types = new java.util.ArrayList<>();
		collect(root, types);
		return types;
	}

	private static void collect(MimeMultipart multipart, List<String> types) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				collect(nested, types);
			}
			else {
				types.add(part.getContentType().split(";")[0].trim().toLowerCase());
			}
		}
	}

}
