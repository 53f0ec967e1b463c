package io.chainsignal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.process.ServiceProcess;

/**
 * CPU time of the analytics benchmark's two workers, read from {@code /proc} (Linux): the
 * service process, and PostgreSQL as a whole (the postmaster, the CPU of the backends it
 * has reaped, and its live children). A rate alone says little on a shared machine; CPU
 * seconds per transfer do not depend on what else runs.
 */
final class AnalyticsCpu {

	private final long postmaster;

	private AnalyticsCpu(long postmaster) {
		this.postmaster = postmaster;
	}

	/** Finds the postmaster of the server holding the database. */
	static AnalyticsCpu of(Database database) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
			rows.next();
			return new AnalyticsCpu(stat(rows.getLong(1))[1]);
		}
	}

	/** User plus system seconds of the service process; -1 when it is gone. */
	static double service(ServiceProcess service) {
		return service.pid().map((pid) -> {
			long[] stat = stat(pid);
			return (stat != null) ? (stat[11] + stat[12]) / 100.0 : -1.0;
		}).orElse(-1.0);
	}

	/** User plus system seconds of PostgreSQL since it started. */
	double postgres() {
		long[] own = stat(this.postmaster);
		long ticks = own[11] + own[12] + own[13] + own[14];
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.toList()) {
				String name = process.getFileName().toString();
				if (name.chars().allMatch(Character::isDigit)) {
					long[] child = stat(Long.parseLong(name));
					if (child != null && child[1] == this.postmaster) {
						ticks += child[11] + child[12];
					}
				}
			}
		}
		catch (IOException ex) {
			return -1;
		}
		return ticks / 100.0;
	}

	/**
	 * The numeric fields of {@code /proc/<pid>/stat} from the fourth on, at index
	 * {@code field - 3} (ppid at 1, utime 11, stime 12, cutime 13, cstime 14), in clock
	 * ticks of 1/100 s; null when the process is gone.
	 */
	private static long[] stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long[] values = new long[15];
			for (int i = 1; i < values.length; i++) {
				values[i] = Long.parseLong(fields[i]);
			}
			return values;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
