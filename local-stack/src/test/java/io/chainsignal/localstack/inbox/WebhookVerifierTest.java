package io.chainsignal.localstack.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookVerifierTest {

	/** The Standard Webhooks specification's reference vector. */
	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final String TIMESTAMP = "1614265330";

	private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

	private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

	private final WebhookVerifier verifier = new WebhookVerifier();

	@Test
	void acceptsTheSpecificationsReferenceSignature() {
		this.verifier.addSecret(SECRET);
		assertThat(this.verifier.verify(ID, TIMESTAMP, SIGNATURE, BODY, Instant.ofEpochSecond(1614265330 + 60)))
			.isTrue();
	}

	@Test
	void acceptsAnyOfSeveralSignaturesAsDuringARotation() {
		this.verifier.addSecret(SECRET);
		assertThat(this.verifier.verify(ID, TIMESTAMP, "v1,AAAA " + SIGNATURE, BODY, Instant.ofEpochSecond(1614265330)))
			.isTrue();
	}

	@Test
	void refusesAnotherBodyAnUnknownSecretAndAnOldTimestamp() {
		this.verifier.addSecret(SECRET);
		assertThat(this.verifier.verify(ID, TIMESTAMP, SIGNATURE, "{\"test\": 1}".getBytes(StandardCharsets.UTF_8),
				Instant.ofEpochSecond(1614265330)))
			.isFalse();
		assertThat(this.verifier.verify(ID, TIMESTAMP, SIGNATURE, BODY, Instant.ofEpochSecond(1614265330 + 301)))
			.isFalse();
		WebhookVerifier other = new WebhookVerifier();
		other.addSecret("whsec_" + "A".repeat(32));
		assertThat(other.verify(ID, TIMESTAMP, SIGNATURE, BODY, Instant.ofEpochSecond(1614265330))).isFalse();
		assertThat(this.verifier.verify(ID, null, SIGNATURE, BODY, Instant.ofEpochSecond(1614265330))).isFalse();
	}

}
