package io.chainsignal.analytics.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Checks and normalises request parameters, throwing {@link BadRequestException} with a
 * message that says what is wrong.
 */
@Component
public class Params {

	private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

	private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

	private final ApiSettings settings;

	Params(ApiSettings settings) {
		this.settings = settings;
	}

	public long chainId(String value) {
		try {
			long chainId = Long.parseLong(value);
			if (chainId >= 1) {
				return chainId;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadRequestException("chainId",
				"chainId must be a positive integer (an EIP-155 chain id), got \"" + value + "\"");
	}

	/** An address in any case, returned lower-case. */
	public String address(String name, String value) {
		if (value == null || !ADDRESS.matcher(value).matches()) {
			throw new BadRequestException(name, name + " must be 0x followed by 40 hex digits, got \"" + value + "\"");
		}
		return value.toLowerCase(Locale.ROOT);
	}

	/** A 32-byte hash in any case, returned lower-case. */
	public String hash(String name, String value) {
		if (value == null || !HASH.matcher(value).matches()) {
			throw new BadRequestException(name, name + " must be 0x followed by 64 hex digits, got \"" + value + "\"");
		}
		return value.toLowerCase(Locale.ROOT);
	}

	/** A page size: the default when absent, capped at the maximum. */
	public int limit(String value) {
		if (value == null || value.isEmpty()) {
			return this.settings.defaultLimit();
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1) {
				return Math.min(limit, this.settings.maxLimit());
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadRequestException("limit", "limit must be an integer from 1 (larger values are capped at "
				+ this.settings.maxLimit() + "), got \"" + value + "\"");
	}

	/** An ISO-8601 instant such as 2024-06-10T06:00:00Z, or the fallback when absent. */
	public Instant instant(String name, String value, Instant fallback) {
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name,
					name + " must be an ISO-8601 instant such as 2024-06-10T06:00:00Z, got \"" + value + "\"");
		}
	}

	/** One of a set of lower-case words, or the fallback when absent. */
	public <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.toString().equals(value)) {
				return constant;
			}
		}
		StringBuilder allowed = new StringBuilder();
		for (E constant : type.getEnumConstants()) {
			allowed.append((allowed.length() > 0) ? ", " : "").append(constant);
		}
		throw new BadRequestException(name, name + " must be one of " + allowed + ", got \"" + value + "\"");
	}

	public ApiSettings settings() {
		return this.settings;
	}

}
