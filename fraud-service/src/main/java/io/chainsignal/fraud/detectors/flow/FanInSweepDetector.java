package io.chainsignal.fraud.detectors.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.fraud.detectors.Amounts;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.Transfer;
import io.chainsignal.fraud.detectors.state.AddressState;
import io.chainsignal.fraud.detectors.state.FanInState;
import io.chainsignal.fraud.detectors.state.SweepLeg;
import io.chainsignal.fraud.detectors.state.TokenFlow;
import io.chainsignal.fraud.scoring.DetectorId;
import io.chainsignal.fraud.scoring.Hit;

/**
 * {@code fan-in-sweep}: one receiver gets sweeps (transfers moving nearly all the sender
 * had received of the token, net of what it sent) from more than two distinct senders
 * within the window. The sender's side decides what a sweep is; the receiver's side
 * counts them.
 */
public final class FanInSweepDetector {

	private final DetectorSettings.FanIn settings;

	public FanInSweepDetector(DetectorSettings.FanIn settings) {
		this.settings = settings;
	}

	/**
	 * Whether an outgoing transfer is a sweep, judged on the sender's state before the
	 * transfer is recorded.
	 * @param sender the sender's state
	 * @param transfer the transfer
	 * @return true when it moves at least the sweep share of the sender's balance
	 */
	public boolean isSweep(AddressState sender, Transfer transfer) {
		if (!this.settings.enabled() || transfer.value().signum() == 0) {
			return false;
		}
		TokenFlow flow = sender.flows().getOrDefault(transfer.tokenAddress(), TokenFlow.NONE);
		return flow.balance().signum() > 0 && transfer.value().compareTo(flow.balance()) <= 0
				&& Amounts.atLeastShare(transfer.value(), flow.balance(), this.settings.sweepShare());
	}

	/**
	 * Records a sweep into the receiver and judges it.
	 * @param receiver the receiver's fan-in state
	 * @param transfer the sweep
	 * @return a hit about the receiver, or empty
	 */
	public Optional<Hit> evaluate(FanInState receiver, Transfer transfer) {
		long now = transfer.blockTimestamp();
		receiver.prune(now, this.settings.window().toSeconds());
		receiver.sweeps().removeIf((sweep) -> sweep.eventId().equals(transfer.eventId()));
		receiver.sweeps()
			.add(new SweepLeg(transfer.eventId(), transfer.fromAddress(), transfer.tokenAddress(), transfer.value(),
					now));
		String token = transfer.tokenAddress();
		if (receiver.quietUntil().getOrDefault(token, 0L) > now) {
			return Optional.empty();
		}
		Map<String, SweepLeg> bySender = new LinkedHashMap<>();
		receiver.sweeps()
			.stream()
			.filter((sweep) -> sweep.token().equals(token))
			.forEach((sweep) -> bySender.put(sweep.sender(), sweep));
		if (bySender.size() < this.settings.minSenders()) {
			return Optional.empty();
		}
		receiver.quietUntil().put(token, now + this.settings.window().toSeconds());
		List<String> evidence = bySender.values().stream().map(SweepLeg::eventId).toList();
		String reason = "Collected the whole balance of " + bySender.size() + " senders within "
				+ this.settings.window().toHours() + " hours (threshold " + this.settings.minSenders() + ").";
		return Optional.of(new Hit(DetectorId.FAN_IN_SWEEP, this.settings.score(), reason,
				Map.of("senders", Integer.toString(bySender.size()), "min_senders",
						this.settings.minSenders().toString(), "sweep_share", this.settings.sweepShare().toString(),
						"window", this.settings.window().toString()),
				transfer.toAddress(), null, token, evidence));
	}

}
