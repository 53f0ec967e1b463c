package io.chainsignal.listener.rpc;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The pure parts of the RPC client: Retry-After, redaction, error sorting, backoff
 * bounds, settings.
 */
class RpcBuildingBlocksTest {

	@Test
	void retryAfterAcceptsSecondsAndHttpDates() {
		Instant now = Instant.parse("2026-11-22T10:00:00Z");
		assertThat(HttpStatusInterceptor.parseRetryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
		assertThat(HttpStatusInterceptor.parseRetryAfter("Sun, 22 Nov 2026 10:00:30 GMT", now))
			.isEqualTo(Duration.ofSeconds(30));
		assertThat(HttpStatusInterceptor.parseRetryAfter("Sun, 22 Nov 2026 09:00:00 GMT", now))
			.isEqualTo(Duration.ZERO);
		assertThat(HttpStatusInterceptor.parseRetryAfter("soon", now)).isNull();
		assertThat(HttpStatusInterceptor.parseRetryAfter("-3", now)).isNull();
		assertThat(HttpStatusInterceptor.parseRetryAfter(null, now)).isNull();
	}

	@Test
	void redactionKeepsOnlySchemeHostAndPort() {
		assertThat(RedactedUrl.of("https://mainnet.infura.io/v3/0123456789abcdef"))
			.isEqualTo("https://mainnet.infura.io/***");
		assertThat(RedactedUrl.of("https://user:secret@node.example:8545")).isEqualTo("https://node.example:8545/***");
		assertThat(RedactedUrl.of("http://localhost:8545")).isEqualTo("http://localhost:8545");
		assertThat(RedactedUrl.of("http://localhost:8545/?key=abc")).isEqualTo("http://localhost:8545/***");
		assertThat(RedactedUrl.of("not a url")).isEqualTo("<invalid url>");
	}

	@Test
	void providerRangeErrorsAreToldApartFromTransientAndPermanentOnes() {
		assertThat(RpcErrors.isRangeError(error(-32005, "query returned more than 10000 results"))).isTrue();
		assertThat(RpcErrors.isRangeError(error(-32602, "Log response size exceeded."))).isTrue();
		assertThat(RpcErrors.isRangeError(error(-32600, "eth_getLogs is limited to a 10,000 range"))).isTrue();
		assertThat(RpcErrors.isRangeError(error(-32000, "header not found"))).isFalse();
		assertThat(RpcErrors.isRangeError(error(-32005, "rate limit exceeded, try again"))).isFalse();
		assertThat(RpcErrors.isPermanent(error(-32601, "the method eth_foo does not exist"))).isTrue();
		assertThat(RpcErrors.isPermanent(error(3, "execution reverted"))).isTrue();
		assertThat(RpcErrors.isPermanent(error(-32603, "internal error"))).isFalse();
	}

	@Test
	void outcomesNameTheFault() {
		assertThat(Outcome.of(new RpcHttpException(429, Duration.ofSeconds(1)))).isEqualTo(Outcome.HTTP_429);
		assertThat(Outcome.of(new RpcHttpException(503, null))).isEqualTo(Outcome.HTTP_5XX);
		assertThat(Outcome.of(new RpcHttpException(302, null))).isEqualTo(Outcome.HTTP_OTHER);
		assertThat(Outcome.of(new InterruptedIOException("timeout"))).isEqualTo(Outcome.TIMEOUT);
		assertThat(Outcome.of(new ConnectException("refused"))).isEqualTo(Outcome.CONNECTION);
		assertThat(Outcome.of(new IllegalStateException("bad json"))).isEqualTo(Outcome.MALFORMED);
	}

	@Test
	void backoffGrowsStaysUnderItsCeilingAndHonoursRetryAfter() {
		RpcClient client = new RpcClient(List.of(new RpcEndpoint("primary", "http://localhost", null)),
				new RpcRetrySettings(Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(60)),
				new SimpleMeterRegistry(), Clock.systemUTC());
		for (int attempt = 0; attempt < 50; attempt++) {
			Duration pause = client.backoff(attempt, null);
			long exponential = Math.min(2000, 100L << Math.min(attempt, 30));
			assertThat(pause.toMillis()).isBetween(exponential / 2, exponential);
		}
		assertThat(client.backoff(0, Duration.ofSeconds(9))).isEqualTo(Duration.ofSeconds(9));
		assertThat(client.backoff(0, Duration.ofHours(5))).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void settingsRejectNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Web3jProperties(" ", null, 30, List.of()))
			.withMessageContaining("web3j.client-address");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RpcRetrySettings(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(1)))
			.withMessageContaining("initial-backoff");
		assertThat(new Web3jProperties("http://a:1", null, 30, List.of("http://b:2")).allAddresses())
			.containsExactly("http://a:1", "http://b:2");
	}

	private static Response.Error error(int code, String message) {
		return new Response.Error(code, message);
	}

}
