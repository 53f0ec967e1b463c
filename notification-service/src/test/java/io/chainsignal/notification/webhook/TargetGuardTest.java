package io.chainsignal.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SSRF guard with real name resolution: IP literals and {@code localhost} go through
 * {@link InetAddress#getAllByName}. This machine has no network, so a public name cannot
 * be resolved for real; the "name resolving to a private address" cases use a resolver
 * that maps names to address literals, which it then still resolves with
 * {@code InetAddress}, like a hosts file would.
 */
class TargetGuardTest {

	private static final HostResolver REAL_DNS = InetAddress::getAllByName;

	private final TargetGuard guard = new TargetGuard(REAL_DNS, settings(false));

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/hook", "http://127.0.0.1/hook", "http://127.1.2.3/hook",
			"http://[::1]/hook", "http://0.0.0.0/hook", "http://10.1.2.3/hook", "http://172.16.0.1/hook",
			"http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data/", "http://169.254.1.1/hook",
			"http://[fe80::1]/hook", "http://[fd00::1]/hook", "http://[fc00::1]/hook", "http://100.64.0.1/hook",
			"http://[::ffff:127.0.0.1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://[fd00:ec2::254]/hook" })
	void refusesNonPublicTargets(String url) {
		assertThatThrownBy(() -> this.guard.check(url)).isInstanceOf(RefusedTargetException.class)
			.hasMessageContaining("resolves to");
	}

	@Test
	void namesTheKindOfAddress() throws Exception {
		assertThatThrownBy(() -> this.guard.check("http://169.254.169.254/")).hasMessageContaining("cloud metadata");
		assertThatThrownBy(() -> this.guard.check("http://localhost/")).hasMessageContaining("loopback");
		assertThatThrownBy(() -> this.guard.check("http://[fd00::1]/")).hasMessageContaining("unique-local");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://93.184.216.34/x", "file:///etc/passwd", "gopher://93.184.216.34/",
			"javascript:alert(1)", "http:///nohost", "http://user:pw@93.184.216.34/" })
	void refusesOtherSchemesAndMalformedUrls(String url) {
		assertThatThrownBy(() -> this.guard.check(url)).isInstanceOf(RefusedTargetException.class);
	}

	@Test
	void acceptsPublicAddresses() {
		assertThatNoException().isThrownBy(() -> this.guard.check("https://93.184.216.34/hook"));
		assertThatNoException().isThrownBy(() -> this.guard.check("http://[2606:2800:220:1:248:1893:25c8:1946]/h"));
	}

	@Test
	void refusesANameThatResolvesToAPrivateAddress() {
		TargetGuard withHosts = new TargetGuard(hosts(Map.of("hooks.example.com", "93.184.216.34",
				"internal.example.com", "10.0.0.7", "mixed.example.com", "93.184.216.34,192.168.0.1")),
				settings(false));
		assertThatNoException().isThrownBy(() -> withHosts.check("https://hooks.example.com/hook"));
		assertThatThrownBy(() -> withHosts.check("https://internal.example.com/hook"))
			.hasMessage("host internal.example.com resolves to 10.0.0.7, a private address");
		assertThatThrownBy(() -> withHosts.check("https://mixed.example.com/hook")).hasMessageContaining("192.168.0.1");
		assertThatThrownBy(() -> withHosts.check("https://unknown.example.com/hook"))
			.hasMessageContaining("does not resolve");
	}

	@Test
	void allowsPrivateTargetsOnlyWhenConfigured() throws Exception {
		TargetGuard permissive = new TargetGuard(REAL_DNS, settings(true));
		assertThatNoException().isThrownBy(() -> permissive.check("http://localhost:8080/hook"));
		assertThat(permissive.resolveAllowed("127.0.0.1")[0].isLoopbackAddress()).isTrue();
		assertThatThrownBy(() -> permissive.check("ftp://localhost/")).isInstanceOf(RefusedTargetException.class);
	}

	static WebhookSettings settings(boolean allowPrivate) {
		return new WebhookSettings(Duration.ofSeconds(15), 4, allowPrivate, Duration.ofHours(24), null);
	}

	static HostResolver hosts(Map<String, String> table) {
		return (host) -> {
			String literals = table.get(host);
			if (literals == null) {
				throw new UnknownHostException(host);
			}
			String[] parts = literals.split(",");
			InetAddress[] addresses = new InetAddress[parts.length];
			for (int i = 0; i < parts.length; i++) {
				addresses[i] = InetAddress.getAllByName(parts[i])[0];
			}
			return addresses;
		};
	}

}
