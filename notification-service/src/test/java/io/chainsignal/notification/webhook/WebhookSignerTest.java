package io.chainsignal.notification.webhook;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chainsignal.notification.support.StandardWebhooksVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures against the Standard Webhooks reference vector, and secrets in the spec's
 * format.
 */
class WebhookSignerTest {

	// the reference libraries' test vector (standard-webhooks repository)
	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final long TIMESTAMP = 1614265330;

	private static final String BODY = "{\"test\": 2432232314}";

	@Test
	void signsTheReferenceVector() {
		assertThat(WebhookSigner.sign(SECRET, ID, TIMESTAMP, BODY))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void signsWithEverySecretSeparatedBySpaces() {
		String other = WebhookSecrets.generate();
		String header = WebhookSigner.signature(List.of(SECRET, other), ID, TIMESTAMP, BODY);
		assertThat(header).isEqualTo(
				"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= " + WebhookSigner.sign(other, ID, TIMESTAMP, BODY));
		Instant signedAt = Instant.ofEpochSecond(TIMESTAMP);
		assertThat(StandardWebhooksVerifier.verify(other, ID, "" + TIMESTAMP, header, BODY, signedAt)).isTrue();
		assertThat(StandardWebhooksVerifier.verify(SECRET, ID, "" + TIMESTAMP, header, BODY + " ", signedAt)).isFalse();
		assertThat(StandardWebhooksVerifier.verify(SECRET, ID, "" + TIMESTAMP, header, BODY, signedAt.plusSeconds(600)))
			.as("outside the five-minute tolerance")
			.isFalse();
	}

	@Test
	void secretsAreWhsecAnd32RandomBytes() {
		String secret = WebhookSecrets.generate();
		assertThat(secret).startsWith("whsec_");
		assertThat(WebhookSecrets.key(secret)).hasSize(32);
		assertThat(WebhookSecrets.generate()).isNotEqualTo(secret);
	}

}
