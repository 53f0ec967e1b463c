package io.chainsignal.analytics.web;

import java.math.BigInteger;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parameter checks and amount formatting.
 */
class ParamsTest {

	private final Params params = new Params(new ApiSettings(20, 100, 1000));

	@Test
	void acceptsAndNormalisesGoodValues() {
		assertThat(this.params.chainId("1")).isEqualTo(1);
		assertThat(this.params.address("address", "0x81B637D8FCD2C6DA6359E6963113A1170DE795E4"))
			.isEqualTo("0x81b637d8fcd2c6da6359e6963113a1170de795e4");
		assertThat(this.params.hash("txHash", "0x" + "AB".repeat(32))).isEqualTo("0x" + "ab".repeat(32));
		assertThat(this.params.limit(null)).isEqualTo(20);
		assertThat(this.params.limit("5")).isEqualTo(5);
		assertThat(this.params.limit("5000")).isEqualTo(100);
		assertThat(this.params.instant("from", "2024-06-10T06:00:00Z", null))
			.isEqualTo(Instant.parse("2024-06-10T06:00:00Z"));
	}

	@Test
	void rejectsBadValuesNamingTheParameter() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.params.chainId("0"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("chainId"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.params.chainId("x"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.params.address("token", "0x123"))
			.withMessageContaining("token must be 0x followed by 40 hex digits");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.params.hash("txHash", "0xzz"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.params.limit("0"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.params.limit("1.5"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.params.instant("to", "yesterday", null))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("to"));
	}

	@Test
	void adjustsAmountsByDecimals() {
		assertThat(Amounts.adjusted(new BigInteger("2500000000000"), 6)).isEqualTo("2500000");
		assertThat(Amounts.adjusted(new BigInteger("1350000025"), 6)).isEqualTo("1350.000025");
		assertThat(Amounts.adjusted(new BigInteger("-5"), 2)).isEqualTo("-0.05");
		assertThat(Amounts.adjusted(BigInteger.ZERO, 18)).isEqualTo("0");
		assertThat(Amounts.adjusted(BigInteger.TEN, 0)).isEqualTo("10");
		assertThat(Amounts.adjusted(BigInteger.TEN, null)).isNull();
		BigInteger max = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
		assertThat(Amounts.raw(max)).isEqualTo(max.toString());
	}

}
