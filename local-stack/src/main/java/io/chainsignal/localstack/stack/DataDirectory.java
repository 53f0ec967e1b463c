package io.chainsignal.localstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Where a stack keeps everything that must survive a restart: Kafka's log directory,
 * PostgreSQL's data directory and anvil's chain live side by side, so they are always
 * kept, or wiped, together. A fresh broker next to an old database (or an old cursor next
 * to a fresh chain) would duplicate or lose events.
 *
 * @param root the directory, {@code .local-stack} at the repository root by default
 */
public record DataDirectory(Path root) {

	/**
	 * Deletes everything under the directory.
	 */
	public void wipe() {
		if (!Files.exists(this.root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not delete " + path, ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not wipe " + this.root, ex);
		}
	}

	/** Creates the directory and its log directory. */
	public void create() {
		try {
			Files.createDirectories(logs());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + this.root, ex);
		}
	}

	public Path kafka() {
		return this.root.resolve("kafka");
	}

	public Path postgres() {
		return this.root.resolve("postgres");
	}

	public Path anvilState() {
		return this.root.resolve("anvil-state.json");
	}

	public Path fraudStreams() {
		return this.root.resolve("fraud-streams");
	}

	public Path logs() {
		return this.root.resolve("logs");
	}

	public Path apiKeyFile() {
		return this.root.resolve("api-key");
	}

	public Path demoState() {
		return this.root.resolve("demo.properties");
	}

	/**
	 * Returns the API key of the stack's tenant {@code demo}, generating a random one on
	 * first use. It is kept in a file readable by its owner only and never printed, so
	 * the key does not end up in terminal scroll-back or CI logs.
	 * @return the key
	 */
	public String apiKey() {
		Path file = apiKeyFile();
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.US_ASCII).trim();
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String key = HexFormat.of().formatHex(random);
			Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's own permissions apply
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the API key file " + file, ex);
		}
	}

}
