package io.chainsignal.fraud.detectors.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweeps one (chain, receiver) got recently, and per token when fan-in may fire
 * again.
 *
 * @param sweeps recent sweeps into this address, oldest first
 * @param quietUntil per token, block time before which fan-in does not fire again
 */
public record FanInState(List<SweepLeg> sweeps, Map<String, Long> quietUntil) {

	public FanInState {
		sweeps = (sweeps != null) ? new ArrayList<>(sweeps) : new ArrayList<>();
		quietUntil = (quietUntil != null) ? new HashMap<>(quietUntil) : new HashMap<>();
	}

	/**
	 * An empty state.
	 * @return a new empty state
	 */
	public static FanInState empty() {
		return new FanInState(null, null);
	}

	/**
	 * Forgets sweeps older than the window.
	 * @param now the latest block timestamp
	 * @param windowSeconds the fan-in window
	 */
	public void prune(long now, long windowSeconds) {
		this.sweeps.removeIf((sweep) -> sweep.time() < now - windowSeconds);
		while (this.sweeps.size() > AddressState.MAX_LEGS) {
			this.sweeps.remove(0);
		}
		this.quietUntil.values().removeIf((until) -> until < now);
	}

}
