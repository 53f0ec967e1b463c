package io.chainsignal.notification.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after the last row of a page, for keyset pagination over
 * {@code (created_at, id)}: stable while rows are added or removed, unlike an offset. On
 * the wire it is opaque (base64url of {@code <epoch microseconds>:<id>}); a cursor that
 * does not decode is a 400 on {@code cursor}.
 *
 * @param createdAt the last row's creation time, microsecond precision as stored
 * @param id the last row's id, which orders rows created at the same instant
 */
public record PageCursor(Instant createdAt, UUID id) {

	/**
	 * The cursor after a row.
	 * @param createdAt the row's creation time
	 * @param id the row's id
	 * @return the cursor
	 */
	public static PageCursor after(Instant createdAt, UUID id) {
		return new PageCursor(createdAt, id);
	}

	/**
	 * Reads a cursor from a request.
	 * @param text the {@code cursor} parameter, or null for the first page
	 * @return the cursor, or null for the first page
	 * @throws InvalidRequestException if it is not a cursor this API handed out
	 */
	public static PageCursor parse(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
			int colon = decoded.indexOf(':');
			long micros = Long.parseLong(decoded.substring(0, colon));
			return new PageCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
					UUID.fromString(decoded.substring(colon + 1)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw new InvalidRequestException("cursor", "must be a cursor from a previous page's Link header");
		}
	}

	/**
	 * The cursor as sent to clients.
	 * @return base64url text without padding
	 */
	public String encode() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.createdAt);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((micros + ":" + this.id).getBytes(StandardCharsets.US_ASCII));
	}

}
