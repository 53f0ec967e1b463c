package io.chainsignal.common.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chainsignal.common.json.EventValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@link RiskAlert} record's Java API, its deterministic id and the invariants its
 * constructor enforces.
 */
class RiskAlertTest {

	private static final String ALICE = "0x2bd806c97f0e00af1a1fc3328fa763a9269723c8";

	private static final String BOB = "0x81b637d8fcd2c6da6359e6963113a1170de795e4";

	private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

	private static final String TX = "0xd3bfe92556e894da36477459ec40b436e85bb0055f285b578d165a9d2f5f6df4";

	private static final String EVENT = "1:" + TX + ":45:0";

	private static final String OTHER_EVENT = "1:" + TX + ":46:0";

	private static final Instant AT = Instant.parse("2024-06-10T06:13:26Z");

	private static final DetectorFinding LARGE = new DetectorFinding("large-transfer", 81,
			"Sent 2,500,000 USDC, 41 times this address's 30-day median transfer.",
			Map.of("ratio", "41", "median_30d", "60975609756", "threshold_ratio", "20"));

	private static final DetectorFinding FRESH = new DetectorFinding("fresh-counterparty", 64,
			"The receiver's first transaction was 3 blocks before this transfer.",
			Map.of("counterparty_age_blocks", "3", "threshold_blocks", "100"));

	@Test
	void alertIdIsTheSha256OfSortedDetectorsSubjectAndSortedEvidence() {
		// sha256("chainsignal-alert-v1\nfresh-counterparty,large-transfer\n" + ALICE +
		// "\n" + EVENT),
		// computed independently with Python's hashlib
		assertThat(RiskAlert.alertId(List.of("large-transfer", "fresh-counterparty"), ALICE, List.of(EVENT)))
			.isEqualTo("5a5b35d443655ca4e828dd1cc98084602aac1c5a3c55bd1645700a021b96f984");
	}

	@Test
	void alertIdIgnoresOrderAndRepetitionButNothingElse() {
		String id = RiskAlert.alertId(List.of("a", "b"), ALICE, List.of(EVENT, OTHER_EVENT));

		assertThat(RiskAlert.alertId(List.of("b", "a", "b"), ALICE, List.of(OTHER_EVENT, EVENT, EVENT))).isEqualTo(id);
		assertThat(RiskAlert.alertId(List.of("a"), ALICE, List.of(EVENT, OTHER_EVENT))).isNotEqualTo(id);
		assertThat(RiskAlert.alertId(List.of("a", "b"), BOB, List.of(EVENT, OTHER_EVENT))).isNotEqualTo(id);
		assertThat(RiskAlert.alertId(List.of("a", "b"), ALICE, List.of(EVENT))).isNotEqualTo(id);
		assertThat(id).matches("[0-9a-f]{64}");
	}

	@Test
	void alertIdNeedsValidInputs() {
		assertInvalid(() -> RiskAlert.alertId(List.of(), ALICE, List.of(EVENT)), "detectors: must not be empty");
		assertInvalid(() -> RiskAlert.alertId(List.of("Large Transfer"), ALICE, List.of(EVENT)),
				"detectors: must be 1 to 64 of a-z, 0-9");
		assertInvalid(() -> RiskAlert.alertId(List.of("a"), ALICE.toUpperCase(), List.of(EVENT)),
				"subject_address: must be lower-case 0x hex");
		assertInvalid(() -> RiskAlert.alertId(List.of("a"), ALICE, List.of()), "evidence_event_ids: must not be empty");
		assertInvalid(() -> RiskAlert.alertId(List.of("a"), ALICE, List.of("1,2")),
				"evidence_event_ids: must be {chain_id}:{transaction_hash}:{log_index}:{batch_index}");
	}

	@Test
	void raisedComputesTheIdAndTheSeverity() {
		RiskAlert alert = raised(81, List.of(LARGE, FRESH), List.of(EVENT));

		assertThat(alert.schemaVersion()).isEqualTo(RiskAlert.SCHEMA_VERSION);
		assertThat(alert.status()).isEqualTo(AlertStatus.RAISED);
		assertThat(alert.alertId()).isEqualTo("5a5b35d443655ca4e828dd1cc98084602aac1c5a3c55bd1645700a021b96f984");
		assertThat(alert.severity()).isEqualTo(Severity.HIGH);
		assertThat(alert.key()).isEqualTo("1:" + ALICE);
	}

	@Test
	void aRetractionKeepsTheAlertId() {
		RiskAlert raised = raised(81, List.of(LARGE, FRESH), List.of(EVENT));

		RiskAlert retracted = raised.withStatus(AlertStatus.RETRACTED, AT.plusSeconds(12));

		assertThat(retracted.alertId()).isEqualTo(raised.alertId());
		assertThat(retracted.status()).isEqualTo(AlertStatus.RETRACTED);
		assertThat(retracted.createdAt()).isEqualTo(AT.plusSeconds(12));
		assertThat(retracted.key()).isEqualTo(raised.key());
	}

	@Test
	void listsAndParamsAreImmutableCopiesWithParamsSortedByName() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("z", "1");
		params.put("a", "2");
		DetectorFinding finding = new DetectorFinding("d", 50, "Reason.", params);
		params.put("b", "3");

		assertThat(finding.params()).containsExactly(Map.entry("a", "2"), Map.entry("z", "1"));
		assertThat(raised(50, List.of(finding), List.of(EVENT)).detectors()).isUnmodifiable();
		assertThat(finding.params()).isUnmodifiable();
	}

	@Test
	void severityMustBeTheBandOfTheScore() {
		String id = RiskAlert.alertId(List.of("large-transfer"), ALICE, List.of(EVENT));
		assertInvalid(() -> new RiskAlert(1, id, AlertStatus.RAISED, 1, ALICE, null, null, 81, Severity.LOW,
				List.of(LARGE), List.of(EVENT), TX, 20_000_000, AT), "severity: must be HIGH for score 81, got LOW");
		assertInvalid(() -> raised(101, List.of(LARGE), List.of(EVENT)), "score: must be from 0 to 100, got 101");
	}

	@Test
	void alertIdMustMatchItsInputs() {
		String other = RiskAlert.alertId(List.of("large-transfer"), BOB, List.of(EVENT));
		assertInvalid(
				() -> new RiskAlert(1, other, AlertStatus.RAISED, 1, ALICE, null, null, 81, Severity.HIGH,
						List.of(LARGE), List.of(EVENT), TX, 20_000_000, AT),
				"alert_id: must be the SHA-256 of detectors, subject_address and evidence_event_ids");
	}

	@Test
	void detectorsAndEvidenceAreNonEmptyDistinctAndOnTheAlertsChain() {
		assertInvalid(() -> raised(81, List.of(), List.of(EVENT)), "detectors: must not be empty");
		assertInvalid(() -> raised(81, List.of(LARGE, LARGE), List.of(EVENT)),
				"detectors: must name each detector once, got large-transfer twice");
		assertInvalid(() -> raised(81, List.of(LARGE), List.of(EVENT, EVENT)),
				"evidence_event_ids: must list each event once");
		assertInvalid(() -> raised(81, List.of(LARGE), List.of("5:" + TX + ":45:0")),
				"evidence_event_ids: must be events of chain 1, got 5:" + TX + ":45:0");
	}

	@Test
	void findingsAreExplained() {
		assertInvalid(() -> new DetectorFinding("d", 50, " ", Map.of()),
				"reason: must be a sentence a person can read, got a blank string");
		assertInvalid(() -> new DetectorFinding("d", 101, "Reason.", Map.of()), "score: must be from 0 to 100");
		assertInvalid(() -> new DetectorFinding("D!", 50, "Reason.", Map.of()), "id: must be 1 to 64 of a-z");
		assertInvalid(() -> new DetectorFinding("d", 50, "Reason.", null), "params: is missing or null");
	}

	@Test
	void addressesAreLowerCaseHex() {
		assertInvalid(
				() -> RiskAlert.raised(1, ALICE, BOB.toUpperCase().replace("0X", "0x"), USDC, 81, List.of(LARGE),
						List.of(EVENT), TX, 20_000_000, AT),
				"counterparty_address: must be lower-case 0x hex of 20 bytes");
	}

	private static RiskAlert raised(int score, List<DetectorFinding> detectors, List<String> evidence) {
		return RiskAlert.raised(1, ALICE, BOB, USDC, score, detectors, evidence, TX, 20_000_000, AT);
	}

	private static void assertInvalid(Runnable construction, String message) {
		assertThatExceptionOfType(EventValidationException.class).isThrownBy(construction::run)
			.withMessageStartingWith(message);
	}

}
