package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.transfer.TokenStandard;
import tools.jackson.databind.JsonNode;

/**
 * Reads the expected token transfers written by ethereum-etl and its dex-guru fork (CSV
 * and JSON Lines, snake_case) into {@link TransferView}s, leaving {@code null} what the
 * format lacks.
 */
final class ExpectedTransfers {

	private ExpectedTransfers() {
	}

	static List<TransferView> read(Source source, String fixturePath) {
		return switch (source) {
			case ETHEREUM_ETL_CSV, DEX_GURU_CSV ->
				Csv.rows(fixturePath).stream().map((row) -> csvRow(source, row)).toList();
			case ETHEREUM_ETL_JSON, DEX_GURU_JSON ->
				Fixtures.jsonLines(fixturePath).stream().map((row) -> jsonRow(source, row)).toList();
			case CHAINSTORAGE -> throw new IllegalArgumentException("see ChainstorageBlock");
		};
	}

	private static TransferView csvRow(Source source, Map<String, String> row) {
		boolean dexGuru = source == Source.DEX_GURU_CSV;
		return new TransferView(null, row.get("token_address"), row.get("from_address"), row.get("to_address"),
				dexGuru ? emptyToNull(row.get("operator_address")) : null, new BigInteger(row.get("value")),
				dexGuru ? bigOrNull(row.get("token_id")) : null, row.get("transaction_hash"), null,
				Integer.parseInt(row.get("log_index")), Long.parseLong(row.get("block_number")), null);
	}

	private static TransferView jsonRow(Source source, JsonNode row) {
		boolean dexGuru = source == Source.DEX_GURU_JSON;
		// value above 2^63 (up to 2^256) is a bare JSON number: read as BigInteger, never
		// long
		return new TransferView(dexGuru ? standard(row.get("token_standard").stringValue()) : null,
				row.get("token_address").stringValue(), row.get("from_address").stringValue(),
				row.get("to_address").stringValue(), dexGuru ? textOrNull(row.get("operator_address")) : null,
				row.get("value").bigIntegerValue(), dexGuru ? bigOrNull(row.get("token_id")) : null,
				row.get("transaction_hash").stringValue(), null, row.get("log_index").intValue(),
				row.get("block_number").longValue(), row.get("block_hash").stringValue());
	}

	/** dex-guru writes "ERC-20", "ERC-721", "ERC-1155". */
	static TokenStandard standard(String label) {
		return TokenStandard.valueOf(label.replace("-", ""));
	}

	private static BigInteger bigOrNull(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.bigIntegerValue();
	}

	private static String textOrNull(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.stringValue();
	}

	private static BigInteger bigOrNull(String cell) {
		return cell.isEmpty() ? null : new BigInteger(cell);
	}

	private static String emptyToNull(String cell) {
		return cell.isEmpty() ? null : cell;
	}

}
