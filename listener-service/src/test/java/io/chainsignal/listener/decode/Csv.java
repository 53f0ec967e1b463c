package io.chainsignal.listener.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal RFC 4180 reader for the fixtures' CSV files (header row, double-quoted fields
 * that may hold commas, as ethereum-etl's comma-joined {@code topics} column does).
 */
final class Csv {

	private Csv() {
	}

	/** Rows of a fixture CSV, each keyed by the header's column names. */
	static List<Map<String, String>> rows(String fixturePath) {
		List<String> lines = Fixtures.text(fixturePath).lines().filter((line) -> !line.isEmpty()).toList();
		List<String> header = split(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> cells = split(line);
			if (cells.size() != header.size()) {
				throw new IllegalStateException("Row has " + cells.size() + " cells, header " + header.size());
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				row.put(header.get(i), cells.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
