package io.chainsignal.fraud.scoring;

import java.util.List;
import java.util.Map;

/**
 * One detector firing on one subject, with its own score, the sentence that explains it
 * and the events behind it; hits about the same subject from the same trigger combine
 * into one alert.
 *
 * @param detector the detector that fired
 * @param score its own score, 0 to 100
 * @param reason a sentence naming the evidence
 * @param params the thresholds and measurements behind the reason
 * @param subject the address the alert is about
 * @param counterparty the other side, or null
 * @param token the token involved, or null
 * @param evidence the token-transfer event ids behind the hit
 */
public record Hit(DetectorId detector, int score, String reason, Map<String, String> params, String subject,
		String counterparty, String token, List<String> evidence) {

	public Hit {
		params = Map.copyOf(params);
		evidence = List.copyOf(evidence);
	}

}
