package io.chainsignal.fraud.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score combination 100 x (1 - product of (1 - s_i)).
 */
class ScoresTest {

	@Test
	void combinesAsIndependentProbabilities() {
		assertThat(Scores.combine(List.of(50))).isEqualTo(50);
		assertThat(Scores.combine(List.of(50, 50))).isEqualTo(75);
		assertThat(Scores.combine(List.of(95, 40))).isEqualTo(97);
		assertThat(Scores.combine(List.of(45, 40, 35))).isEqualTo(79);
		assertThat(Scores.combine(List.of(100, 10))).isEqualTo(100);
		assertThat(Scores.combine(List.of())).isZero();
	}

	@Test
	void wireIdsAreLowerCaseWithDashes() {
		assertThat(DetectorId.FAN_OUT_BURST.wireId()).isEqualTo("fan-out-burst");
		assertThat(DetectorId.parse("poisoning-payout")).isEqualTo(DetectorId.POISONING_PAYOUT);
		assertThat(DetectorId.parse("LARGE_MINT_BURN")).isEqualTo(DetectorId.LARGE_MINT_BURN);
	}

}
