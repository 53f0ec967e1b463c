package io.chainsignal.testsupport.ethereum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Finds the anvil executable: {@code -Danvil.binary}, else {@code ANVIL_BINARY}, else
 * where the test-support build installed the npm package {@code @foundry-rs/anvil}
 * (recorded in {@code anvil-install.properties}).
 */
final class AnvilBinary {

	static final String PROPERTY = "anvil.binary";

	static final String ENVIRONMENT = "ANVIL_BINARY";

	private static final String INSTALL_PROPERTIES = "anvil-install.properties";

	private AnvilBinary() {
	}

	static Path locate() {
		String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
		if (configured != null && !configured.isBlank()) {
			return requireExecutable(Path.of(configured.trim()), "set by -D" + PROPERTY + " or " + ENVIRONMENT);
		}
		Path binary = installedNodeModules().resolve(platformPackagePath());
		return requireExecutable(binary, "installed by the test-support build from the npm package @foundry-rs/anvil");
	}

	/**
	 * Same mapping as scripts/NodeTools.java, which installs the binary at build time.
	 */
	static String platformPackagePath() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
		String cpu = (arch.equals("aarch64") || arch.equals("arm64")) ? "arm64" : "amd64";
		String binary = platform.equals("win32") ? "anvil.exe" : "anvil";
		return "@foundry-rs/anvil-" + platform + "-" + cpu + "/bin/" + binary;
	}

	private static Path installedNodeModules() {
		try (InputStream in = AnvilBinary.class.getResourceAsStream(INSTALL_PROPERTIES)) {
			if (in == null) {
				throw new IllegalStateException(missing(INSTALL_PROPERTIES + " is not on the classpath"));
			}
			Properties properties = new Properties();
			properties.load(in);
			return Path.of(properties.getProperty("node.modules"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path requireExecutable(Path binary, String origin) {
		if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
			throw new IllegalStateException(missing("no executable anvil at " + binary + " (" + origin + ")"));
		}
		return binary;
	}

	private static String missing(String problem) {
		return "Cannot start anvil, the local Ethereum node for integration tests: " + problem + ". The test-support"
				+ " build installs it from npm, which needs Node.js 18+ with npm on the PATH: run"
				+ " './mvnw -pl test-support install' from the repository root (or any build that includes"
				+ " test-support), or point -D" + PROPERTY + " / " + ENVIRONMENT + " at an anvil executable.";
	}

}
