package io.chainsignal.testsupport.ethereum;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the build put on the classpath: the compiled contracts and the location of the
 * anvil binary.
 */
class BuildArtifactsTest {

	@ParameterizedTest
	@ValueSource(strings = { "TestERC20", "TestERC721", "TestERC1155", "LegacyToken" })
	void everyContractSourceIsCompiledIntoTheJar(String name) {
		CompiledContract contract = CompiledContract.load(name);
		assertThat(contract.name()).isEqualTo(name);
		assertThat(contract.bytecode()).startsWith("0x60").hasSizeGreaterThan(1_000);
		assertThat(contract.abi()).contains("\"name\":\"Transfer").contains("\"name\":\"balanceOf\"");
	}

	@Test
	void anvilBinaryInstalledByTheBuildIsFound() {
		Path binary = AnvilBinary.locate();
		assertThat(binary).isExecutable();
		assertThat(binary.toString()).endsWith(AnvilBinary.platformPackagePath());
	}

	@Test
	void missingAnvilBinaryFailsNamingNodeAndTheBuildCommand() {
		System.setProperty(AnvilBinary.PROPERTY, "/nonexistent/anvil");
		try {
			assertThatIllegalStateException().isThrownBy(AnvilBinary::locate)
				.withMessageContaining("/nonexistent/anvil")
				.withMessageContaining("Node.js 18+ with npm")
				.withMessageContaining("./mvnw -pl test-support install");
		}
		finally {
			System.clearProperty(AnvilBinary.PROPERTY);
		}
	}

	@Test
	void missingContractFailsNamingTheBuild() {
		assertThatIllegalStateException().isThrownBy(() -> CompiledContract.load("NoSuchContract"))
			.withMessageContaining("src/main/solidity/NoSuchContract.sol")
			.withMessageContaining("Node.js 18+");
	}

}
