package io.chainsignal.analytics.transfers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.chainsignal.analytics.web.BadRequestException;

/**
 * Position after the last transfer of a page, in the newest-first order (block number,
 * log index, batch index, event id); opaque base64url on the wire. A keyset position, not
 * an offset, so pages stay stable while newer transfers arrive.
 *
 * @param blockNumber the block number
 * @param logIndex the log index
 * @param batchIndex the batch index
 * @param eventId the event id
 */
record Cursor(long blockNumber, int logIndex, int batchIndex, String eventId) {

	String encode() {
		String text = this.blockNumber + "/" + this.logIndex + "/" + this.batchIndex + "/" + this.eventId;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String value) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("/", 4);
			return new Cursor(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
					parts[3]);
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("cursor",
					"cursor must be a nextCursor value from a previous page, got \"" + value + "\"");
		}
	}

}
