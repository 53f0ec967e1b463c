package io.chainsignal.testsupport.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a service process stopped before it was ready, read from the part of its log
 * written by this start: Spring Boot's failure report ({@code APPLICATION FAILED TO
 * START}), the {@code ERROR} lines and their {@code Caused by:} chain, or else the last
 * lines. The excerpt goes into the exception, so a failure on a CI machine whose files
 * are gone still says what happened.
 */
final class StartupFailure {

	static final int MAX_LINES = 40;

	private StartupFailure() {
	}

	/**
	 * The telling lines of a log from an offset on.
	 * @param log the service's log file
	 * @param from the log's size when the process started
	 * @return at most {@link #MAX_LINES} lines, or a note that the log could not be read
	 */
	static String excerpt(Path log, long from) {
		List<String> lines;
		try {
			lines = LogTail.linesFrom(log, from);
		}
		catch (IOException ex) {
			return "(the log could not be read: " + ex.getMessage() + ")";
		}
		List<String> telling = telling(lines);
		List<String> chosen = telling.isEmpty() ? lines.subList(Math.max(0, lines.size() - 20), lines.size()) : telling;
		if (chosen.size() > MAX_LINES) {
			chosen = chosen.subList(0, MAX_LINES);
		}
		return String.join(System.lineSeparator(), chosen);
	}

	static List<String> telling(List<String> lines) {
		List<String> telling = new ArrayList<>();
		boolean report = false;
		boolean exceptionHeader = false;
		for (String line : lines) {
			report |= line.contains("APPLICATION FAILED TO START");
			boolean stackFrame = line.startsWith("\tat ") || line.startsWith("\t... ");
			boolean error = line.contains(" ERROR ");
			exceptionHeader = error || (exceptionHeader && !stackFrame && !logLine(line));
			boolean wanted = report || exceptionHeader || line.startsWith("Caused by:");
			if (wanted && !line.isBlank() && !line.startsWith("*")) {
				telling.add(line);
			}
		}
		return telling;
	}

	/** A line the logger started, as opposed to a stack trace's continuation. */
	private static boolean logLine(String line) {
		return line.length() > 10 && Character.isDigit(line.charAt(0)) && line.charAt(4) == '-'
				&& line.charAt(7) == '-';
	}

	static long sizeOf(Path log) {
		return log.toFile().length();
	}

}
