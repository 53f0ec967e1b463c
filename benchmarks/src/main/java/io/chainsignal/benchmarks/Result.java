package io.chainsignal.benchmarks;

import java.util.Locale;

/**
 * One benchmark's outcome: the figure, the raw limit measured in the same run, and the
 * target.
 *
 * @param name what was measured
 * @param figure the measured rate (or, when {@code atMost}, the measured latency)
 * @param rawLimit the raw limit of the same machine in the same run
 * @param unit unit of both rates
 * @param ratioTarget the target for figure / raw limit
 * @param absoluteTarget the target for the figure itself (0: none)
 * @param notes how it was measured, and the cause of any gap
 * @param atMost the figure is a latency: the target is met at or below
 * {@code absoluteTarget}, and {@code ratioTarget} is not used
 */
record Result(String name, double figure, double rawLimit, String unit, double ratioTarget, double absoluteTarget,
		String notes, boolean atMost) {

	Result(String name, double figure, double rawLimit, String unit, double ratioTarget, double absoluteTarget,
			String notes) {
		this(name, figure, rawLimit, unit, ratioTarget, absoluteTarget, notes, false);
	}

	/** A latency result: met when the figure is at most {@code maximum}. */
	static Result atMost(String name, double figure, double rawLimit, String unit, double maximum, String notes) {
		return new Result(name, figure, rawLimit, unit, 0, maximum, notes, true);
	}

	/**
	 * A figure the issues name without a target (reported next to its raw limit only).
	 */
	static Result reported(String name, double figure, double rawLimit, String unit, String notes) {
		return new Result(name, figure, rawLimit, unit, 0, 0, notes, false);
	}

	boolean targeted() {
		return this.atMost || this.ratioTarget > 0 || this.absoluteTarget > 0;
	}

	Result withNotes(String replaced) {
		return new Result(this.name, this.figure, this.rawLimit, this.unit, this.ratioTarget, this.absoluteTarget,
				replaced, this.atMost);
	}

	double ratio() {
		return (this.rawLimit > 0) ? this.figure / this.rawLimit : 0;
	}

	boolean met() {
		if (this.atMost) {
			return this.figure <= this.absoluteTarget;
		}
		return ratio() >= this.ratioTarget && this.figure >= this.absoluteTarget;
	}

	/** The target as the report shows it. */
	String target() {
		if (!targeted()) {
			return "none (reported)";
		}
		if (this.atMost) {
			return String.format(Locale.ROOT, "<= %,.0f %s", this.absoluteTarget, this.unit);
		}
		return String.format(Locale.ROOT, ">= %.2f of raw%s", this.ratioTarget, (this.absoluteTarget > 0)
				? String.format(Locale.ROOT, " and >= %,.0f %s", this.absoluteTarget, this.unit) : "");
	}

}
