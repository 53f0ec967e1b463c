package io.chainsignal.fraud.allowlist;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chainsignal.fraud.scoring.DetectorId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Configured and learned allowlist entries, per detector or for all.
 */
class AllowlistTest {

	static final String EXCHANGE = "0x28c6c06298d514db089934071355e5743bf21d60";

	static final String ROUTER = "0x7a250d5630b4cf539739df2c5dacb4c659f2488d";

	@Test
	void configuredEntriesSuppressTheirDetectorsOnly() {
		Allowlist allowlist = new Allowlist(new AllowlistSettings(Map.of(EXCHANGE.toUpperCase().replace("0X", "0x"),
				List.of("*"), ROUTER, List.of("rapid-pass-through", "FAN_OUT_BURST"))));
		assertThat(allowlist.suppresses(EXCHANGE, DetectorId.FAN_IN_SWEEP)).isTrue();
		assertThat(allowlist.suppressesAll(EXCHANGE)).isTrue();
		assertThat(allowlist.suppresses(ROUTER, DetectorId.RAPID_PASS_THROUGH)).isTrue();
		assertThat(allowlist.suppresses(ROUTER, DetectorId.FAN_OUT_BURST)).isTrue();
		assertThat(allowlist.suppresses(ROUTER, DetectorId.SANCTIONED_COUNTERPARTY)).isFalse();
		assertThat(allowlist.suppressesAll(ROUTER)).isFalse();
		assertThat(allowlist.suppresses("0x" + "1".repeat(40), DetectorId.FAN_IN_SWEEP)).isFalse();
	}

	@Test
	void learnedEntriesAddToTheConfiguredOnes() {
		Allowlist allowlist = new Allowlist(new AllowlistSettings(null));
		assertThat(allowlist.suppresses(ROUTER, DetectorId.ROUND_TRIP)).isFalse();
		allowlist.replaceLearned(Map.of(ROUTER, Set.of("round-trip")));
		assertThat(allowlist.suppresses(ROUTER, DetectorId.ROUND_TRIP)).isTrue();
		assertThat(allowlist.suppresses(ROUTER, DetectorId.FAN_OUT_BURST)).isFalse();
	}

	@Test
	void anUnknownDetectorIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Allowlist(new AllowlistSettings(Map.of(ROUTER, List.of("no-such-detector")))));
	}

}
