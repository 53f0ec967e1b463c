package io.chainsignal.listener.it;

import java.util.Map;

import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A listener pointed at a node of another chain than configured refuses to start, and
 * says why.
 */
class ChainIdCheckIT {

	@Test
	void refusesToStartOnAChainIdMismatch() {
		Anvil anvil = Anvil.shared();
		Map<String, String> properties = RunningListener.defaults(anvil.rpcUrl(),
				TestServers.kafka().bootstrapServers());
		properties.put("chainsignal.listener.chain-id", "1");
		assertThatThrownBy(() -> RunningListener.start(properties).close()).rootCause()
			.hasMessageContaining("serves chain " + anvil.chainId())
			.hasMessageContaining("chainsignal.listener.chain-id is 1")
			.hasMessageContaining("refusing to start");
	}

}
