package io.chainsignal.notification.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing secrets encrypted at rest, and read back.
 */
class SecretCipherTest {

	static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Test
	void sealsWithAFreshIvAndOpensWhatItSealed() {
		SecretCipher cipher = new SecretCipher(settings(KEY));
		String secret = WebhookSecrets.generate();
		String sealed = cipher.seal(secret);
		assertThat(sealed).startsWith("v1:").doesNotContain(secret.substring(6));
		assertThat(cipher.seal(secret)).isNotEqualTo(sealed);
		assertThat(cipher.open(sealed)).isEqualTo(secret);
		assertThat(cipher.open(null)).isNull();
		assertThat(cipher.open(secret)).as("stored before a key was set").isEqualTo(secret);
	}

	@Test
	void refusesATamperedValueOrTheWrongKey() {
		SecretCipher cipher = new SecretCipher(settings(KEY));
		String sealed = cipher.seal(WebhookSecrets.generate());
		String tampered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
		assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalStateException.class);
		SecretCipher other = new SecretCipher(settings("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="));
		assertThatThrownBy(() -> other.open(sealed)).hasMessageContaining("wrong secret-encryption-key");
	}

	@Test
	void withoutAKeyStoresSecretsAsTheyAre() {
		SecretCipher plain = new SecretCipher(settings(null));
		assertThat(plain.seal("whsec_abc")).isEqualTo("whsec_abc");
		assertThatThrownBy(() -> new SecretCipher(settings("c2hvcnQ="))).hasMessageContaining("32 random bytes");
	}

	private static WebhookSettings settings(String key) {
		return new WebhookSettings(Duration.ofSeconds(15), 4, false, Duration.ofHours(24), key);
	}

}
