package io.chainsignal.common.transfer;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.chainsignal.common.json.EventJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes a {@link TokenTransfer} as the contract's JSON for
 * {@link TokenTransferSerializer}, byte for byte what {@link EventJson#write(Object)}
 * writes, through the contract mapper's own generator (same escaping, same encoding) but
 * field by field instead of through Jackson's bean serialiser. Serialising events was 31%
 * of the listener's CPU in a backfill profile, most of it in the bean serialiser's
 * per-property machinery. {@code TokenTransferWriterTest} holds it to
 * {@code EventJson.write} over every standard, nulls and awkward token metadata.
 */
final class TokenTransferWriter {

	private static final SerializableString SCHEMA_VERSION = name("schema_version");

	private static final SerializableString EVENT_ID = name("event_id");

	private static final SerializableString STATUS = name("status");

	private static final SerializableString CHAIN_ID = name("chain_id");

	private static final SerializableString BLOCK_NUMBER = name("block_number");

	private static final SerializableString BLOCK_HASH = name("block_hash");

	private static final SerializableString BLOCK_TIMESTAMP = name("block_timestamp");

	private static final SerializableString TRANSACTION_HASH = name("transaction_hash");

	private static final SerializableString TRANSACTION_INDEX = name("transaction_index");

	private static final SerializableString LOG_INDEX = name("log_index");

	private static final SerializableString BATCH_INDEX = name("batch_index");

	private static final SerializableString TOKEN_ADDRESS = name("token_address");

	private static final SerializableString TOKEN_STANDARD = name("token_standard");

	private static final SerializableString FROM_ADDRESS = name("from_address");

	private static final SerializableString TO_ADDRESS = name("to_address");

	private static final SerializableString OPERATOR_ADDRESS = name("operator_address");

	private static final SerializableString VALUE = name("value");

	private static final SerializableString TOKEN_ID = name("token_id");

	private static final SerializableString TOKEN = name("token");

	private static final SerializableString SYMBOL = name("symbol");

	private static final SerializableString NAME = name("name");

	private static final SerializableString DECIMALS = name("decimals");

	private static final SerializableString TX_FROM = name("tx_from");

	private static final SerializableString TX_TO = name("tx_to");

	private static final SerializableString EMITTED_AT = name("emitted_at");

	/**
	 * The last emitted_at written, formatted; replaced whole, so a race only formats
	 * twice.
	 */
	private static volatile FormattedInstant lastInstant = new FormattedInstant(Instant.EPOCH,
			Instant.EPOCH.toString().getBytes(StandardCharsets.ISO_8859_1));

	private TokenTransferWriter() {
	}

	static byte[] write(TokenTransfer event) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(768);
		try (JsonGenerator json = EventJson.mapper().createGenerator(out)) {
			json.writeStartObject();
			number(json, SCHEMA_VERSION, event.schemaVersion());
			ascii(json, EVENT_ID, event.eventId());
			ascii(json, STATUS, event.status().name());
			number(json, CHAIN_ID, event.chainId());
			number(json, BLOCK_NUMBER, event.blockNumber());
			ascii(json, BLOCK_HASH, event.blockHash());
			number(json, BLOCK_TIMESTAMP, event.blockTimestamp());
			ascii(json, TRANSACTION_HASH, event.transactionHash());
			number(json, TRANSACTION_INDEX, event.transactionIndex());
			number(json, LOG_INDEX, event.logIndex());
			number(json, BATCH_INDEX, event.batchIndex());
			ascii(json, TOKEN_ADDRESS, event.tokenAddress());
			ascii(json, TOKEN_STANDARD, event.tokenStandard().name());
			ascii(json, FROM_ADDRESS, event.fromAddress());
			ascii(json, TO_ADDRESS, event.toAddress());
			ascii(json, OPERATOR_ADDRESS, event.operatorAddress());
			string(json, VALUE, decimal(event.value()));
			string(json, TOKEN_ID, decimal(event.tokenId()));
			json.writeName(TOKEN);
			token(json, event.token());
			ascii(json, TX_FROM, event.txFrom());
			ascii(json, TX_TO, event.txTo());
			byte[] emittedAt = instant(event.emittedAt());
			json.writeName(EMITTED_AT);
			json.writeRawUTF8String(emittedAt, 0, emittedAt.length);
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	private static void token(JsonGenerator json, TokenInfo token) {
		if (token == null) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		string(json, SYMBOL, token.symbol());
		string(json, NAME, token.name());
		json.writeName(DECIMALS);
		if (token.decimals() != null) {
			json.writeNumber(token.decimals());
		}
		else {
			json.writeNull();
		}
		json.writeEndObject();
	}

	private static void number(JsonGenerator json, SerializableString name, long value) {
		json.writeName(name);
		json.writeNumber(value);
	}

	private static void string(JsonGenerator json, SerializableString name, String value) {
		json.writeName(name);
		if (value != null) {
			json.writeString(value);
		}
		else {
			json.writeNull();
		}
	}

	/**
	 * A value the event's constructor has already held to lower-case hex (hashes,
	 * addresses, the event id) or that is an enum name: nothing in it needs escaping, so
	 * its bytes are written as they are instead of being scanned character by character.
	 */
	private static void ascii(JsonGenerator json, SerializableString name, String value) {
		json.writeName(name);
		if (value != null) {
			byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
			json.writeRawUTF8String(bytes, 0, bytes.length);
		}
		else {
			json.writeNull();
		}
	}

	/** Every event of a step shares its emitted_at: format it once. */
	private static byte[] instant(Instant instant) {
		FormattedInstant last = lastInstant;
		if (!last.instant().equals(instant)) {
			last = new FormattedInstant(instant, instant.toString().getBytes(StandardCharsets.ISO_8859_1));
			lastInstant = last;
		}
		return last.text();
	}

	private static String decimal(BigInteger value) {
		return (value != null) ? value.toString() : null;
	}

	private static SerializableString name(String name) {
		return new SerializedString(name);
	}

	private record FormattedInstant(Instant instant, byte[] text) {
	}

}
