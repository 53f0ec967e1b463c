package io.chainsignal.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Cursors survive the round trip at the database's microsecond precision, and anything
 * else is a 400 on {@code cursor}.
 */
class PageCursorTest {

	@Test
	void roundTripsAtMicrosecondPrecision() {
		PageCursor cursor = PageCursor.after(Instant.parse("2026-11-22T16:45:01.123456Z"),
				UUID.fromString("0b8f3f57-2a49-4b8e-a3f0-4f5d1c8e6a10"));
		String text = cursor.encode();
		assertThat(text).matches("[A-Za-z0-9_-]+");
		assertThat(PageCursor.parse(text)).isEqualTo(cursor);
	}

	@Test
	void noCursorIsTheFirstPage() {
		assertThat(PageCursor.parse(null)).isNull();
		assertThat(PageCursor.parse("")).isNull();
	}

	@Test
	void aForgedCursorIsRefusedNamingTheParameter() {
		for (String bad : new String[] { "not-a-cursor", "@@@", "MTIz", "MTIzOm5vdC1hLXV1aWQ" }) {
			assertThatExceptionOfType(InvalidRequestException.class).as(bad)
				.isThrownBy(() -> PageCursor.parse(bad))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("cursor"));
		}
	}

}
