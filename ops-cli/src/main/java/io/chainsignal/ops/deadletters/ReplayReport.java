package io.chainsignal.ops.deadletters;

import java.util.List;

/**
 * What a replay did.
 *
 * @param replayed the records written back (or, in a dry run, that would be)
 * @param passedOver the records not written, each with the reason
 */
public record ReplayReport(List<Outcome> replayed, List<Outcome> passedOver) {

	public ReplayReport {
		replayed = List.copyOf(replayed);
		passedOver = List.copyOf(passedOver);
	}

	/**
	 * One dead letter and what happened to it.
	 *
	 * @param source {@code topic:partition:offset} of the dead letter
	 * @param target the topic it was (or would be) written to, or {@code null}
	 * @param reason why it was passed over, or {@code null} when replayed
	 */
	public record Outcome(String source, String target, String reason) {

	}

}
