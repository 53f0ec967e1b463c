package io.chainsignal.localstack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LaunchOptionsTest {

	@Test
	void defaultsKeepTheDataAndRunTheDemoOnTheDocumentedPorts() {
		LaunchOptions options = LaunchOptions.parse();
		assertThat(options.dataDirectory()).isEqualTo(Path.of(".local-stack").toAbsolutePath());
		assertThat(options.wipe()).isFalse();
		assertThat(options.demo()).isTrue();
		assertThat(options.ports()).isEqualTo("documented");
	}

	@Test
	void readsWhatTheMavenProfilePasses() {
		LaunchOptions options = LaunchOptions.parse("--data-dir=/tmp/x", "--service-jars=/tmp/jars", "--wipe=true",
				"--demo=false", "--ports=free");
		assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
		assertThat(options.serviceJars()).isEqualTo(Path.of("/tmp/jars"));
		assertThat(options.wipe()).isTrue();
		assertThat(options.demo()).isFalse();
		assertThat(options.ports()).isEqualTo("free");
	}

	@Test
	void refusesUnknownOptionsAndValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--wipe=yes"))
			.withMessageContaining("true or false");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--color"))
			.withMessageContaining("Unknown option --color");
	}

}
