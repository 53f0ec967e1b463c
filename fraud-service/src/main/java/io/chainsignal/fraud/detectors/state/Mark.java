package io.chainsignal.fraud.detectors.state;

import java.util.List;

/**
 * A poisoner watched on behalf of a victim until a block time, with the events that
 * marked it.
 *
 * @param poisoner the look-alike or poisoning address
 * @param detector the wire id of the detector that marked it
 * @param until block timestamp after which the mark lapses
 * @param evidence the event ids that marked it
 */
public record Mark(String poisoner, String detector, long until, List<String> evidence) {

	public Mark {
		evidence = List.copyOf(evidence);
	}

}
