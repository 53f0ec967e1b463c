package io.chainsignal.benchmarks;

/**
 * One benchmark's outcome: the figure, the raw limit measured in the same run, and the
 * target.
 *
 * @param name what was measured
 * @param figure the measured rate
 * @param rawLimit the raw limit of the same machine in the same run
 * @param unit unit of both rates
 * @param ratioTarget the target for figure / raw limit
 * @param absoluteTarget the target for the figure itself (0: none)
 * @param notes how it was measured, and the cause of any gap
 */
record Result(String name, double figure, double rawLimit, String unit, double ratioTarget, double absoluteTarget,
		String notes) {

	double ratio() {
		return (this.rawLimit > 0) ? this.figure / this.rawLimit : 0;
	}

	boolean met() {
		return ratio() >= this.ratioTarget && this.figure >= this.absoluteTarget;
	}

}
