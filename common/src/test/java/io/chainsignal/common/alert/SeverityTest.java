package io.chainsignal.common.alert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The documented score bands of {@link Severity}.
 */
class SeverityTest {

	@Test
	void bandsCoverZeroToOneHundredWithoutGaps() {
		assertThat(Severity.forScore(0)).isEqualTo(Severity.LOW);
		assertThat(Severity.forScore(39)).isEqualTo(Severity.LOW);
		assertThat(Severity.forScore(40)).isEqualTo(Severity.MEDIUM);
		assertThat(Severity.forScore(69)).isEqualTo(Severity.MEDIUM);
		assertThat(Severity.forScore(70)).isEqualTo(Severity.HIGH);
		assertThat(Severity.forScore(89)).isEqualTo(Severity.HIGH);
		assertThat(Severity.forScore(90)).isEqualTo(Severity.CRITICAL);
		assertThat(Severity.forScore(100)).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void eachBandKnowsItsBounds() {
		assertThat(Severity.MEDIUM.minScore()).isEqualTo(40);
		assertThat(Severity.MEDIUM.maxScore()).isEqualTo(69);
		for (Severity severity : Severity.values()) {
			assertThat(Severity.forScore(severity.minScore())).isEqualTo(severity);
			assertThat(Severity.forScore(severity.maxScore())).isEqualTo(severity);
		}
	}

	@Test
	void scoresOutsideZeroToOneHundredHaveNoSeverity() {
		assertThatIllegalArgumentException().isThrownBy(() -> Severity.forScore(-1))
			.withMessage("score must be from 0 to 100, got -1");
		assertThatIllegalArgumentException().isThrownBy(() -> Severity.forScore(101))
			.withMessage("score must be from 0 to 100, got 101");
	}

}
