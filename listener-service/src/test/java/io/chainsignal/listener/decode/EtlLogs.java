package io.chainsignal.listener.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.web3j.protocol.core.methods.response.Log;
import tools.jackson.databind.JsonNode;

/**
 * Turns ethereum-etl's normalised logs ({@code expected_logs.json} JSON Lines,
 * {@code logs.csv} with comma-joined topics; snake_case, decimal numbers) back into the
 * web3j {@link Log} the decoder takes, with JSON-RPC hex quantities.
 */
final class EtlLogs {

	private EtlLogs() {
	}

	static List<Log> fromJsonLines(String fixturePath) {
		List<Log> logs = new ArrayList<>();
		for (JsonNode row : Fixtures.jsonLines(fixturePath)) {
			List<String> topics = new ArrayList<>();
			row.get("topics").forEach((topic) -> topics.add(topic.stringValue()));
			logs.add(log(row.get("log_index").longValue(), row.get("transaction_index").longValue(),
					row.get("transaction_hash").stringValue(), row.get("block_hash").stringValue(),
					row.get("block_number").longValue(), row.get("address").stringValue(),
					row.get("data").stringValue(), topics));
		}
		return logs;
	}

	static List<Log> fromCsv(String fixturePath) {
		List<Log> logs = new ArrayList<>();
		for (Map<String, String> row : Csv.rows(fixturePath)) {
			String topics = row.get("topics");
			logs.add(log(Long.parseLong(row.get("log_index")), Long.parseLong(row.get("transaction_index")),
					row.get("transaction_hash"), row.get("block_hash"), Long.parseLong(row.get("block_number")),
					row.get("address"), row.get("data"),
					topics.isEmpty() ? List.of() : Arrays.asList(topics.split(","))));
		}
		return logs;
	}

	static Log log(long logIndex, long transactionIndex, String transactionHash, String blockHash, long blockNumber,
			String address, String data, List<String> topics) {
		return new Log(false, quantity(logIndex), quantity(transactionIndex), transactionHash, blockHash,
				quantity(blockNumber), address, data, null, topics);
	}

	static String quantity(long value) {
		return "0x" + Long.toHexString(value);
	}

}
