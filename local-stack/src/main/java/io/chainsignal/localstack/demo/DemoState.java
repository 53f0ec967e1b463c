package io.chainsignal.localstack.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * What the demo has done on this data directory, so that a restart continues it instead
 * of repeating it: the token addresses, whether the scripted scenario ran, and the demo
 * subscriptions with the webhook secret the receiver verifies with (the API shows a
 * secret only once). Kept in {@code demo.properties} beside the data it describes.
 */
public final class DemoState {

	private final Path file;

	private final Properties values = new Properties();

	private DemoState(Path file) {
		this.file = file;
	}

	/**
	 * Reads the state, empty when the file does not exist.
	 * @param file the properties file
	 * @return the state
	 */
	public static DemoState load(Path file) {
		DemoState state = new DemoState(file);
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				state.values.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read " + file, ex);
			}
		}
		return state;
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(this.values.getProperty(key));
	}

	/**
	 * Sets a value and writes the file at once.
	 * @param key the key
	 * @param value the value
	 */
	public synchronized void put(String key, String value) {
		this.values.setProperty(key, value);
		try (Writer writer = Files.newBufferedWriter(this.file)) {
			this.values.store(writer, "ChainSignal local stack demo: what has been done on this data directory");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + this.file, ex);
		}
		try {
			// it holds the demo webhook's signing secret
			Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own permissions apply
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + this.file, ex);
		}
	}

	/**
	 * The secret of the demo webhook subscription, once it exists.
	 * @return the {@code whsec_} secret
	 */
	public Optional<String> webhookSecret() {
		return get("webhook.secret");
	}

}
