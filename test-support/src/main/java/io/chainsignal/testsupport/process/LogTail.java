package io.chainsignal.testsupport.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a service's log, read without loading a long log whole.
 */
final class LogTail {

	/** The most of a log that is read: the end of it. */
	static final long MAX_BYTES = 4L * 1024 * 1024;

	private LogTail() {
	}

	/**
	 * The lines written since an offset, or the last {@link #MAX_BYTES} of them.
	 * @param log the log file
	 * @param from the offset to read from, 0 for the whole log
	 * @return the lines, the first possibly cut at its start when the log was longer
	 * @throws IOException when the log cannot be read
	 */
	static List<String> linesFrom(Path log, long from) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long start = Math.min(from, file.length());
			byte[] bytes = new byte[(int) Math.min(file.length() - start, MAX_BYTES)];
			file.seek(file.length() - bytes.length);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8).lines().toList();
		}
	}

}
