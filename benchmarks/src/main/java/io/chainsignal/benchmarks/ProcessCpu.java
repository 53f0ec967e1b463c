package io.chainsignal.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used, from {@code /proc/<pid>/stat} (Linux): the figure the
 * benchmarks report next to rates, since other load on the machine disturbs it far less.
 */
final class ProcessCpu {

	private ProcessCpu() {
	}

	/**
	 * User plus system CPU seconds of a running process.
	 * @param pid the process id
	 * @return the seconds, at the kernel's 1/100 s resolution
	 */
	static double seconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of stat(5), in clock ticks of 1/100 s
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
