package io.chainsignal.fraud.scoring;

import java.util.Collection;

/**
 * Combines detector scores as independent probabilities: {@code 100 x (1 - product of
 * (1 - s_i / 100))}, rounded, so that two weak signals add up to more than either but
 * never past 100.
 */
public final class Scores {

	private Scores() {
	}

	/**
	 * The combined score.
	 * @param scores each detector's score, 0 to 100
	 * @return the combined score, 0 to 100
	 */
	public static int combine(Collection<Integer> scores) {
		double miss = 1.0;
		for (int score : scores) {
			miss *= 1.0 - Math.clamp(score, 0, 100) / 100.0;
		}
		return (int) Math.clamp(Math.round(100.0 * (1.0 - miss)), 0, 100);
	}

}
