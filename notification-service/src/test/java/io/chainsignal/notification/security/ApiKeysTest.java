package io.chainsignal.notification.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API keys are configured by their SHA-256 and found by it.
 */
class ApiKeysTest {

	@Test
	void findsTheTenantOfAKeyByItsHash() {
		ApiKeys keys = new ApiKeys(
				new SecuritySettings(Map.of("acme", "afacab3575137afa4e00d9cbcafcb14c9ae25f779d964eb0ea5b2c4eb5dfd163",
						"globex", "F2A455B59B858A04C51108416AF2042203CB6AC35FA4141FBA4148BC856E78D4")));
		assertThat(keys.tenantOf("acme-key")).contains("acme");
		assertThat(keys.tenantOf("globex-key")).contains("globex");
		assertThat(keys.tenantOf("afacab3575137afa4e00d9cbcafcb14c9ae25f779d964eb0ea5b2c4eb5dfd163")).isEmpty();
		assertThat(keys.tenantOf("")).isEmpty();
	}

	@Test
	void refusesAKeyConfiguredInClear() {
		assertThatThrownBy(() -> new ApiKeys(new SecuritySettings(Map.of("acme", "acme-key"))))
			.hasMessageContaining("chainsignal.security.api-keys.acme")
			.hasMessageNotContaining("acme-key\"");
	}

}
