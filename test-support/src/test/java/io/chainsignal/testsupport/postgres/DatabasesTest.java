package io.chainsignal.testsupport.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabasesTest {

	@Test
	void uniqueNamesKeepAReadablePrefixAndAreSafeIdentifiers() {
		assertThat(Databases.uniqueName("analytics")).matches("analytics_[0-9a-f]{12}");
		assertThat(Databases.uniqueName("Fraud-Service IT")).matches("fraud_service_it_[0-9a-f]{12}");
		assertThat(Databases.uniqueName("1st")).matches("db_1st_[0-9a-f]{12}");
		assertThat(Databases.uniqueName("x".repeat(100))).hasSize(40 + 13);
		assertThat(Databases.uniqueName("same")).isNotEqualTo(Databases.uniqueName("same"));
	}

}
