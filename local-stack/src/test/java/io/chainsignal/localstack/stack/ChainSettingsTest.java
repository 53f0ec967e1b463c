package io.chainsignal.localstack.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChainSettingsTest {

	@Test
	void withoutEthRpcUrlTheStackRunsItsOwnAnvilWithFiveConfirmations() {
		ChainSettings chain = ChainSettings.fromEnvironment(Map.of());
		assertThat(chain.local()).isTrue();
		assertThat(chain.startBlock()).isEqualTo("0");
		assertThat(chain.confirmations()).isEqualTo(5);
		assertThat(chain.emitUnconfirmed()).isTrue();
	}

	@Test
	void ethRpcUrlSelectsThatNodeWithTheListenersDefaults() {
		ChainSettings chain = ChainSettings.fromEnvironment(Map.of("ETH_RPC_URL", "https://node.example.com/v2/key"));
		assertThat(chain.local()).isFalse();
		assertThat(chain.externalRpcUrl()).contains("https://node.example.com/v2/key");
		assertThat(chain.startBlock()).isEqualTo("latest");
		assertThat(chain.confirmations()).isEqualTo(12);
		assertThat(chain.emitUnconfirmed()).isFalse();
	}

	@Test
	void startBlockAndConfirmationsCanBeSet() {
		ChainSettings chain = ChainSettings.fromEnvironment(
				Map.of("ETH_RPC_URL", "http://127.0.0.1:9545", "ETH_START_BLOCK", "0", "ETH_CONFIRMATIONS", "3"));
		assertThat(chain.startBlock()).isEqualTo("0");
		assertThat(chain.confirmations()).isEqualTo(3);
	}

	@Test
	void refusesAUrlThatIsNotHttp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChainSettings.fromEnvironment(Map.of("ETH_RPC_URL", "ws://127.0.0.1:8546")))
			.withMessageContaining("ETH_RPC_URL");
	}

}
