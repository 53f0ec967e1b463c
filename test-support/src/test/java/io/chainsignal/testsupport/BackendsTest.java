package io.chainsignal.testsupport;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BackendsTest {

	private static final Supplier<String> CONTAINER = () -> "container";

	private static final Supplier<String> EMBEDDED = () -> "embedded";

	private static final Supplier<String> BROKEN = () -> {
		throw new IllegalStateException("no such server");
	};

	@AfterEach
	void clearOverride() {
		System.clearProperty(Backends.PROPERTY);
	}

	@Test
	void autoChoosesTheContainerOnlyWhenADockerDaemonAnswers() {
		assertThat(Backends.start("Thing", CONTAINER, EMBEDDED))
			.isEqualTo(DockerClientFactory.instance().isDockerAvailable() ? "container" : "embedded");
	}

	@Test
	void propertyForcesABackend() {
		System.setProperty(Backends.PROPERTY, "embedded");
		assertThat(Backends.start("Thing", CONTAINER, EMBEDDED)).isEqualTo("embedded");
		System.setProperty(Backends.PROPERTY, "Container");
		assertThat(Backends.start("Thing", CONTAINER, EMBEDDED)).isEqualTo("container");
	}

	@Test
	void aServerThatCannotStartFailsLoudlyInsteadOfSkipping() {
		System.setProperty(Backends.PROPERTY, "embedded");
		assertThatIllegalStateException().isThrownBy(() -> Backends.start("Thing", CONTAINER, BROKEN))
			.withMessageContaining("Could not start Thing")
			.withMessageContaining("embedded backend")
			.withMessageContaining("fail rather than skip")
			.havingCause()
			.withMessage("no such server");
	}

	@Test
	void anUnknownBackendIsRejected() {
		System.setProperty(Backends.PROPERTY, "docker");
		assertThatIllegalStateException().isThrownBy(() -> Backends.start("Thing", CONTAINER, EMBEDDED))
			.withMessageContaining("must be auto, container or embedded");
	}

	@Test
	void aFailedSharedServerIsReportedToEveryLaterCaller() {
		PerJvm<AutoCloseable> shared = PerJvm.of("thing", () -> {
			throw new IllegalStateException("first failure");
		});
		assertThatIllegalStateException().isThrownBy(shared::get).withMessage("first failure");
		assertThatIllegalStateException().isThrownBy(shared::get)
			.withMessageContaining("failed to start earlier")
			.havingCause()
			.withMessage("first failure");
	}

}
