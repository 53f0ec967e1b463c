package io.chainsignal.analytics.transfers;

import io.chainsignal.analytics.web.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Cursors survive the round trip and reject anything else.
 */
class CursorTest {

	@Test
	void roundTrips() {
		Cursor cursor = new Cursor(20_000_000, 45, 2, "1:0x" + "ab".repeat(32) + ":45:2");
		String encoded = cursor.encode();
		assertThat(encoded).matches("[A-Za-z0-9_-]+");
		assertThat(Cursor.decode(encoded)).isEqualTo(cursor);
	}

	@Test
	void rejectsGarbage() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("!!"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("YWJj"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("cursor"));
	}

}
