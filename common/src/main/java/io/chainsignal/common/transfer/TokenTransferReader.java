package io.chainsignal.common.transfer;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.json.StrictScalars;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.JsonToken;

/**
 * Reads a {@link TokenTransfer} from contract JSON with Jackson's streaming parser, field
 * by field, for the hot path of every consumer: about three times cheaper than the record
 * databind of {@link EventJson#read}, which builds the record through a property-based
 * creator.
 *
 * <p>
 * It only answers for plain, valid input and never explains a failure: anything it does
 * not accept (a token of an unexpected type, a duplicate or missing field, a number out
 * of range, a contract violation the record's constructor reports, malformed JSON) makes
 * it answer null, and the caller reads the bytes again through {@link EventJson#read},
 * which gives the contract's error message. So what it accepts is a subset of what the
 * Jackson path accepts, and it reads it to an equal record
 * ({@code TokenTransferReaderTest} compares the two paths on the examples, every schema
 * violation and thousands of random mutations). The parser comes from the contract's
 * mapper, so it applies the same strict duplicate detection.
 */
final class TokenTransferReader {

	/**
	 * The contract's fields, each with its index in {@code Fields}' switch and duplicate
	 * bits.
	 */
	private static final Map<String, Integer> NAMES = indexes(List.of("schema_version", "event_id", "status",
			"chain_id", "block_number", "block_hash", "block_timestamp", "transaction_hash", "transaction_index",
			"log_index", "batch_index", "token_address", "token_standard", "from_address", "to_address",
			"operator_address", "value", "token_id", "token", "tx_from", "tx_to", "emitted_at"));

	private TokenTransferReader() {
	}

	private static final TransferStatus[] STATUSES = TransferStatus.values();

	private static final TokenStandard[] STANDARDS = TokenStandard.values();

	private static <E extends Enum<E>> E constant(String name, E[] constants) {
		for (E constant : constants) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	private static Map<String, Integer> indexes(List<String> names) {
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			indexes.put(names.get(i), i);
		}
		return Map.copyOf(indexes);
	}

	/**
	 * Reads a transfer, or gives up.
	 * @param json the JSON bytes
	 * @return the transfer, or null when the caller must use the Jackson path
	 */
	static TokenTransfer read(byte[] json) {
		try (JsonParser parser = EventJson.mapper()
			.tokenStreamFactory()
			.createParser(ObjectReadContext.empty(), json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			TokenTransfer transfer = new Fields(parser).transfer();
			if (transfer == null || parser.nextToken() != null) {
				return null;
			}
			return transfer;
		}
		catch (RuntimeException ex) {
			// malformed JSON, a duplicate field or the record's own
			// EventValidationException:
			// the Jackson path reads it again and reports it, with the field's path
			return null;
		}
	}

	/**
	 * The fields of one event as they are read; a {@code Long.MIN_VALUE} or
	 * {@code Integer.MIN_VALUE} marks a required number not seen yet.
	 */
	private static final class Fields {

		private final JsonParser parser;

		private int schemaVersion = Integer.MIN_VALUE;

		private String eventId;

		private TransferStatus status;

		private long chainId = Long.MIN_VALUE;

		private long blockNumber = Long.MIN_VALUE;

		private String blockHash;

		private long blockTimestamp = Long.MIN_VALUE;

		private String transactionHash;

		private int transactionIndex = Integer.MIN_VALUE;

		private int logIndex = Integer.MIN_VALUE;

		private int batchIndex = Integer.MIN_VALUE;

		private String tokenAddress;

		private TokenStandard tokenStandard;

		private String fromAddress;

		private String toAddress;

		private String operatorAddress;

		private BigInteger value;

		private BigInteger tokenId;

		private TokenInfo token;

		private String txFrom;

		private String txTo;

		private Instant emittedAt;

		private boolean failed;

		/** One bit per known field read, to refuse duplicates. */
		private int seen;

		/**
		 * The unknown scalar fields read, to refuse their duplicates too; rarely needed.
		 */
		private Set<String> unknown;

		Fields(JsonParser parser) {
			this.parser = parser;
		}

		private void seen(int field) {
			this.failed |= (this.seen & (1 << field)) != 0;
			this.seen |= 1 << field;
		}

		/**
		 * An unknown field is ignored, as by the Jackson path; an unknown object or array
		 * is left to the Jackson path, which checks the duplicates inside it.
		 */
		private void unknown(String name, JsonToken token) {
			if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
				this.failed = true;
				return;
			}
			if (this.unknown == null) {
				this.unknown = new HashSet<>();
			}
			this.failed |= !this.unknown.add(name);
		}

		TokenTransfer transfer() {
			String name;
			while (!this.failed && (name = this.parser.nextName()) != null) {
				JsonToken token = this.parser.nextToken();
				int field = NAMES.getOrDefault(name, -1);
				if (field < 0) {
					unknown(name, token);
					continue;
				}
				seen(field);
				switch (field) {
					case 0 -> this.schemaVersion = intValue(token);
					case 1 -> this.eventId = string(token);
					case 2 -> this.status = parsed(token, (text) -> constant(text, STATUSES));
					case 3 -> this.chainId = longValue(token);
					case 4 -> this.blockNumber = longValue(token);
					case 5 -> this.blockHash = string(token);
					case 6 -> this.blockTimestamp = longValue(token);
					case 7 -> this.transactionHash = string(token);
					case 8 -> this.transactionIndex = intValue(token);
					case 9 -> this.logIndex = intValue(token);
					case 10 -> this.batchIndex = intValue(token);
					case 11 -> this.tokenAddress = string(token);
					case 12 -> this.tokenStandard = parsed(token, (text) -> constant(text, STANDARDS));
					case 13 -> this.fromAddress = string(token);
					case 14 -> this.toAddress = string(token);
					case 15 -> this.operatorAddress = string(token);
					case 16 -> this.value = parsed(token, StrictScalars::decimal);
					case 17 -> this.tokenId = parsed(token, StrictScalars::decimal);
					case 18 -> this.token = tokenInfo(token);
					case 19 -> this.txFrom = string(token);
					case 20 -> this.txTo = string(token);
					case 21 -> this.emittedAt = parsed(token, StrictScalars::utcInstant);
					default -> throw new IllegalStateException(name);
				}
			}
			if (this.failed || this.parser.currentToken() != JsonToken.END_OBJECT || missingNumber()) {
				return null;
			}
			return new TokenTransfer(this.schemaVersion, this.eventId, this.status, this.chainId, this.blockNumber,
					this.blockHash, this.blockTimestamp, this.transactionHash, this.transactionIndex, this.logIndex,
					this.batchIndex, this.tokenAddress, this.tokenStandard, this.fromAddress, this.toAddress,
					this.operatorAddress, this.value, this.tokenId, this.token, this.txFrom, this.txTo, this.emittedAt);
		}

		private boolean missingNumber() {
			return this.schemaVersion == Integer.MIN_VALUE || this.chainId == Long.MIN_VALUE
					|| this.blockNumber == Long.MIN_VALUE || this.blockTimestamp == Long.MIN_VALUE
					|| this.transactionIndex == Integer.MIN_VALUE || this.logIndex == Integer.MIN_VALUE
					|| this.batchIndex == Integer.MIN_VALUE;
		}

		/**
		 * A number that fits an int; Integer.MIN_VALUE itself is refused, as "not seen".
		 */
		private int intValue(JsonToken token) {
			if (token != JsonToken.VALUE_NUMBER_INT || this.parser.getNumberType() != JsonParser.NumberType.INT
					|| this.parser.getIntValue() == Integer.MIN_VALUE) {
				this.failed = true;
				return 0;
			}
			return this.parser.getIntValue();
		}

		private long longValue(JsonToken token) {
			JsonParser.NumberType type = (token == JsonToken.VALUE_NUMBER_INT) ? this.parser.getNumberType() : null;
			if ((type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG)
					|| this.parser.getLongValue() == Long.MIN_VALUE) {
				this.failed = true;
				return 0;
			}
			return this.parser.getLongValue();
		}

		private String string(JsonToken token) {
			if (token == JsonToken.VALUE_STRING) {
				return this.parser.getString();
			}
			this.failed |= token != JsonToken.VALUE_NULL;
			return null;
		}

		/**
		 * A string read with {@code parse}, which answers null for a string out of its
		 * form; JSON null stays null, for the record's constructor to judge.
		 */
		private <T> T parsed(JsonToken token, Function<String, T> parse) {
			String text = string(token);
			T parsed = (text != null) ? parse.apply(text) : null;
			this.failed |= text != null && parsed == null;
			return parsed;
		}

		/** The nested token metadata: symbol, name and decimals, each optional. */
		private TokenInfo tokenInfo(JsonToken token) {
			if (token != JsonToken.START_OBJECT) {
				this.failed |= token != JsonToken.VALUE_NULL;
				return null;
			}
			String symbol = null;
			String name = null;
			Integer decimals = null;
			int read = 0;
			String field;
			while (!this.failed && (field = this.parser.nextName()) != null) {
				JsonToken next = this.parser.nextToken();
				int bit = switch (field) {
					case "symbol" -> {
						symbol = string(next);
						yield 1;
					}
					case "name" -> {
						name = string(next);
						yield 2;
					}
					case "decimals" -> {
						decimals = (next == JsonToken.VALUE_NULL) ? null : intValue(next);
						yield 4;
					}
					default -> {
						// unknown metadata: the Jackson path checks its duplicates
						this.failed = true;
						yield 0;
					}
				};
				this.failed |= (read & bit) != 0;
				read |= bit;
			}
			return this.failed ? null : new TokenInfo(symbol, name, decimals);
		}

	}

}
