package io.chainsignal.common.alert;

/**
 * How urgent an alert is, a fixed band of its 0 to 100 score: LOW below 40, MEDIUM 40 to
 * 69, HIGH 70 to 89, CRITICAL 90 and above.
 */
public enum Severity {

	/** Score 0 to 39. */
	LOW(0, 39),

	/** Score 40 to 69. */
	MEDIUM(40, 69),

	/** Score 70 to 89. */
	HIGH(70, 89),

	/** Score 90 to 100. */
	CRITICAL(90, 100);

	private final int minScore;

	private final int maxScore;

	Severity(int minScore, int maxScore) {
		this.minScore = minScore;
		this.maxScore = maxScore;
	}

	/**
	 * The lowest score of this band.
	 * @return the lowest score, inclusive
	 */
	public int minScore() {
		return this.minScore;
	}

	/**
	 * The highest score of this band.
	 * @return the highest score, inclusive
	 */
	public int maxScore() {
		return this.maxScore;
	}

	/**
	 * The band a score falls in.
	 * @param score a score from 0 to 100
	 * @return the severity of that score
	 * @throws IllegalArgumentException if the score is outside 0 to 100
	 */
	public static Severity forScore(int score) {
		for (Severity severity : values()) {
			if (score >= severity.minScore && score <= severity.maxScore) {
				return severity;
			}
		}
		throw new IllegalArgumentException("score must be from 0 to 100, got " + score);
	}

}
