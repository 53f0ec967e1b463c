import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Installs test-support's npm packages (anvil, solc, OpenZeppelin) into {@code node_modules} with the machine's npm,
 * unless they are already installed from the current {@code package-lock.json}.
 *
 * <p>
 * Run by the Maven build (exec-maven-plugin, generate-resources) as a single-file Java program, so that a missing
 * Node.js fails with a message saying what to install instead of "Cannot run program npm":
 * {@code java scripts/NodeTools.java <test-support directory>}.
 */
public class NodeTools {

	private static final int MINIMUM_NODE_MAJOR = 18;

	public static void main(String[] args) throws Exception {
		Path module = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		String nodeVersion = requireNode();
		Path anvil = module.resolve("node_modules").resolve(anvilPackagePath());
		if (upToDate(module) && Files.isExecutable(anvil)) {
			System.out.println("[node-tools] node " + nodeVersion + ", npm packages up to date in "
					+ module.resolve("node_modules"));
			return;
		}
		run(module, List.of(npm(), "--version"), "npm is missing.");
		System.out.println("[node-tools] installing anvil, solc and OpenZeppelin from package-lock.json into "
				+ module.resolve("node_modules"));
		// Not 'npm ci': it rejects a lock file that lacks the anvil platform packages of other operating systems,
		// which npm leaves out when the registry does not serve them. '--no-save' keeps the lock file as committed;
		// '--ignore-scripts' skips anvil's postinstall, a download fallback the platform package makes unnecessary.
		int exit = new ProcessBuilder(npm(), "install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund")
			.directory(module.toFile())
			.inheritIO()
			.start()
			.waitFor();
		if (exit != 0) {
			fail("npm install failed with exit code " + exit + " in " + module + ". The build needs the npm registry.");
		}
		if (!Files.isExecutable(anvil)) {
			fail("npm install finished but the anvil binary is missing: " + anvil
					+ ". Is this platform supported by @foundry-rs/anvil (linux/darwin x64 or arm64, win32 x64)?");
		}
	}

	private static String requireNode() {
		String version = run(Path.of("."), List.of(node(), "--version"), "Node.js is missing.").trim();
		String major = version.replaceFirst("^v", "").replaceFirst("\\..*$", "");
		try {
			if (Integer.parseInt(major) >= MINIMUM_NODE_MAJOR) {
				return version;
			}
		}
		catch (NumberFormatException ex) {
			// fall through to the failure below
		}
		fail("Node.js " + version + " is too old.");
		return version;
	}

	private static boolean upToDate(Path module) throws IOException {
		Path installed = module.resolve("node_modules/.package-lock.json");
		if (!Files.exists(installed)) {
			return false;
		}
		long installedAt = Files.getLastModifiedTime(installed).toMillis();
		return installedAt >= Files.getLastModifiedTime(module.resolve("package-lock.json")).toMillis()
				&& installedAt >= Files.getLastModifiedTime(module.resolve("package.json")).toMillis();
	}

	/** Same mapping as io.chainsignal.testsupport.ethereum.AnvilBinary, which finds the binary at test time. */
	static String anvilPackagePath() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
		String cpu = (arch.equals("aarch64") || arch.equals("arm64")) ? "arm64" : "amd64";
		String binary = platform.equals("win32") ? "anvil.exe" : "anvil";
		return "@foundry-rs/anvil-" + platform + "-" + cpu + "/bin/" + binary;
	}

	private static String run(Path directory, List<String> command, String problem) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				fail(problem + " '" + String.join(" ", command) + "' failed: " + output.trim());
			}
			return output;
		}
		catch (IOException ex) {
			fail(problem + " '" + String.join(" ", command) + "' could not be started (" + ex.getMessage() + ").");
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void fail(String problem) {
		System.err.println();
		System.err.println("[node-tools] ERROR: " + problem);
		System.err.println("[node-tools] ChainSignal's test-support module needs Node.js " + MINIMUM_NODE_MAJOR
				+ " or newer with npm on the PATH: the build installs anvil (a local Ethereum node, npm package"
				+ " @foundry-rs/anvil) and solc (to compile the test token contracts) into test-support/node_modules.");
		System.err.println("[node-tools] Install Node.js " + MINIMUM_NODE_MAJOR
				+ "+ (npm comes with it; on Debian/Ubuntu: apt-get install nodejs npm), then run again:"
				+ " ./mvnw -pl test-support install");
		System.err.println();
		System.exit(1);
	}

	private static String node() {
		return windows() ? "node.exe" : "node";
	}

	private static String npm() {
		return windows() ? "npm.cmd" : "npm";
	}

	private static boolean windows() {
		return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
	}

}
