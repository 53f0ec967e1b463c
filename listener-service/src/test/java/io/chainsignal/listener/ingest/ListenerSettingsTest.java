package io.chainsignal.listener.ingest;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ListenerSettingsTest {

	@Test
	void normalisesTokensAndStartBlock() {
		ListenerSettings settings = settings(List.of(" 0xA0B86991C6218B36C1D19D4A2E9EB0CE3606EB48 "), "Latest", 12);
		assertThat(settings.tokens()).containsExactly("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
		assertThat(settings.startBlock()).isEqualTo("latest");
	}

	@Test
	void rejectsWhatCannotWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of("0x1234"), "latest", 12))
			.withMessageContaining("chainsignal.listener.tokens");
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of(), "yesterday", 12))
			.withMessageContaining("start-block");
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of(), "100", -1))
			.withMessageContaining("confirmations");
	}

	private static ListenerSettings settings(List<String> tokens, String start, int confirmations) {
		return new ListenerSettings(null, tokens, start, Finality.CONFIRMATIONS, confirmations, false,
				Duration.ofSeconds(1), "", 32, 100, 5000, 4, true, Duration.ofSeconds(10));
	}

}
