package io.chainsignal.fraud.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts with the list an admin loaded last, or else the shipped snapshot, and picks up a
 * list loaded through another instance within a minute.
 */
@Configuration(proxyBeanMethods = false)
class SanctionsConfiguration {

	static final String SNAPSHOT = "sanctions/ofac-sdn-ethereum.txt";

	private static final Logger log = LoggerFactory.getLogger(SanctionsConfiguration.class);

	@Bean
	SanctionsList sanctionsList(SanctionsRepository repository) throws IOException {
		Set<String> stored = repository.load();
		if (!stored.isEmpty()) {
			log.info("Sanctions list: {} addresses loaded by an admin ({})", stored.size(), repository.source());
			return new SanctionsList(stored, repository.source());
		}
		Set<String> snapshot = snapshot();
		log.info("Sanctions list: {} addresses from the shipped snapshot {}", snapshot.size(), SNAPSHOT);
		return new SanctionsList(snapshot, "snapshot " + SNAPSHOT);
	}

	static Set<String> snapshot() throws IOException {
		try (InputStream in = new ClassPathResource(SNAPSHOT).getInputStream()) {
			return SanctionsParser.parse(in.readAllBytes());
		}
	}

	@Bean
	Refresher sanctionsRefresher(SanctionsList list, SanctionsRepository repository) {
		return new Refresher(list, repository);
	}

	/**
	 * Reloads the stored list when another instance replaced it.
	 */
	static final class Refresher {

		private final SanctionsList list;

		private final SanctionsRepository repository;

		Refresher(SanctionsList list, SanctionsRepository repository) {
			this.list = list;
			this.repository = repository;
		}

		@Scheduled(fixedDelayString = "${chainsignal.fraud.sanctions.refresh-interval:60s}",
				initialDelayString = "${chainsignal.fraud.sanctions.refresh-interval:60s}")
		void refresh() {
			Set<String> stored = this.repository.load();
			if (!stored.isEmpty() && !stored.equals(this.list.addresses())) {
				SanctionsList.Change change = this.list.replace(stored, this.repository.source());
				log.info("Sanctions list reloaded: {} added, {} removed, {} in total", change.added().size(),
						change.removed().size(), change.total());
			}
		}

	}

}
