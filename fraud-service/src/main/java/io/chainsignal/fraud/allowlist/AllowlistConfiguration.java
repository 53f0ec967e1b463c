package io.chainsignal.fraud.allowlist;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The allowlist bean, loaded from configuration and storage at start and refreshed so
 * that feedback given through another instance takes effect here too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AllowlistSettings.class)
class AllowlistConfiguration {

	@Bean
	Allowlist allowlist(AllowlistSettings settings) {
		return new Allowlist(settings);
	}

	@Bean
	Refresher allowlistRefresher(AllowlistRepository repository) {
		repository.reload();
		return new Refresher(repository);
	}

	/**
	 * Reloads the stored entries periodically.
	 */
	static final class Refresher {

		private final AllowlistRepository repository;

		Refresher(AllowlistRepository repository) {
			this.repository = repository;
		}

		@Scheduled(fixedDelayString = "${chainsignal.fraud.allowlist.refresh-interval:30s}")
		void refresh() {
			this.repository.reload();
		}

	}

}
