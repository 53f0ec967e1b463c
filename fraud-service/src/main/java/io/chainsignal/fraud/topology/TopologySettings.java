package io.chainsignal.fraud.topology;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the Streams topology applies the transfer lifecycle and keeps its state, under
 * {@code chainsignal.fraud.topology.*}.
 *
 * @param scoreUnconfirmed whether UNCONFIRMED transfers are scored (default false: only
 * CONFIRMED are, so reorgs rarely retract alerts)
 * @param transactionQuietPeriod how long a transaction's last transfer must have waited
 * before the transaction counts as complete when no other transaction of its chain
 * follows on its partition (default 1 second)
 * @param flushInterval how often waiting transactions are checked (default 500 ms)
 * @param lifecycleRetention how long, in block time, the applied placement of each event
 * is remembered for rule 4 and retractions (default 3 days)
 * @param alertRetention how long raised alerts stay retractable (default 7 days)
 * @param ledgerRetention how long, in wall-clock time after its last status change, the
 * alert ledger remembers an alert_id, and so the horizon within which a replay or restart
 * never publishes it a second time (default 30 days, at least {@code alertRetention})
 */
@ConfigurationProperties("chainsignal.fraud.topology")
public record TopologySettings(Boolean scoreUnconfirmed, Duration transactionQuietPeriod, Duration flushInterval,
		Duration lifecycleRetention, Duration alertRetention, Duration ledgerRetention) {

	public TopologySettings {
		scoreUnconfirmed = Objects.requireNonNullElse(scoreUnconfirmed, false);
		transactionQuietPeriod = Objects.requireNonNullElse(transactionQuietPeriod, Duration.ofSeconds(1));
		flushInterval = Objects.requireNonNullElse(flushInterval, Duration.ofMillis(500));
		lifecycleRetention = Objects.requireNonNullElse(lifecycleRetention, Duration.ofDays(3));
		alertRetention = Objects.requireNonNullElse(alertRetention, Duration.ofDays(7));
		ledgerRetention = Objects.requireNonNullElse(ledgerRetention, Duration.ofDays(30));
		if (ledgerRetention.compareTo(alertRetention) < 0) {
			throw new IllegalArgumentException("chainsignal.fraud.topology.ledger-retention (" + ledgerRetention
					+ ") must not be shorter than alert-retention (" + alertRetention
					+ "): a retraction could otherwise reach an alert the ledger forgot");
		}
	}

	/**
	 * The defaults.
	 * @return settings with every default
	 */
	public static TopologySettings defaults() {
		return new TopologySettings(null, null, null, null, null, null);
	}

}
