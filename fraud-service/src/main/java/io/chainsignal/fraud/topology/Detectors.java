package io.chainsignal.fraud.topology;

import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.flow.FanInSweepDetector;
import io.chainsignal.fraud.detectors.flow.FanOutBurstDetector;
import io.chainsignal.fraud.detectors.flow.RapidPassThroughDetector;
import io.chainsignal.fraud.detectors.flow.RoundTripDetector;
import io.chainsignal.fraud.detectors.poisoning.LookalikeCounterpartyDetector;
import io.chainsignal.fraud.detectors.poisoning.PoisoningPayoutDetector;
import io.chainsignal.fraud.detectors.poisoning.ZeroValuePoisoningDetector;
import io.chainsignal.fraud.detectors.sanctioned.SanctionedCounterpartyDetector;
import io.chainsignal.fraud.detectors.sanctioned.SanctionsLookup;
import io.chainsignal.fraud.detectors.volume.LargeMintBurnDetector;
import io.chainsignal.fraud.detectors.volume.LargeTransferDetector;

/**
 * Every detector, built once from the settings and shared by the stages' processors
 * (detectors hold no state of their own).
 */
record Detectors(SanctionedCounterpartyDetector sanctioned, ZeroValuePoisoningDetector zeroValue,
		LookalikeCounterpartyDetector lookalike, PoisoningPayoutDetector payout, LargeTransferDetector large,
		FanOutBurstDetector fanOut, FanInSweepDetector fanIn, RapidPassThroughDetector passThrough,
		RoundTripDetector roundTrip, LargeMintBurnDetector mintBurn) {

	static Detectors of(DetectorSettings settings, SanctionsLookup sanctions) {
		return new Detectors(new SanctionedCounterpartyDetector(settings.sanctionedCounterparty(), sanctions),
				new ZeroValuePoisoningDetector(settings.zeroValuePoisoning()),
				new LookalikeCounterpartyDetector(settings.lookalikeCounterparty()),
				new PoisoningPayoutDetector(settings.poisoningPayout()),
				new LargeTransferDetector(settings.largeTransfer()), new FanOutBurstDetector(settings.fanOutBurst()),
				new FanInSweepDetector(settings.fanInSweep()),
				new RapidPassThroughDetector(settings.rapidPassThrough()), new RoundTripDetector(settings.roundTrip()),
				new LargeMintBurnDetector(settings.largeMintBurn()));
	}

}
