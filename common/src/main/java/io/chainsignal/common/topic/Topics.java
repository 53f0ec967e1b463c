package io.chainsignal.common.topic;

import java.util.regex.Pattern;

/**
 * Topic, consumer group and dead-letter topic names of ChainSignal, in one place.
 */
public final class Topics {

	/** {@code TokenTransfer} events, keyed by {@code {chain_id}:{transaction_hash}}. */
	public static final String TOKEN_TRANSFERS = "token-transfers";

	/** {@code RiskAlert} events, keyed by {@code {chain_id}:{subject_address}}. */
	public static final String FRAUD_ALERTS = "fraud-alerts";

	/** The listener's own cursor, written in the same transaction as its events. */
	public static final String LISTENER_CHECKPOINTS = "listener-checkpoints";

	/** Consumer group of analytics-service. */
	public static final String ANALYTICS_GROUP = "analytics";

	/** Consumer group of notification-service. */
	public static final String NOTIFICATION_GROUP = "notification";

	/** Consumer group of fraud-service. */
	public static final String FRAUD_GROUP = "fraud";

	/** Dead letters of the analytics group on {@code token-transfers}. */
	public static final String TOKEN_TRANSFERS_ANALYTICS_DLT = "token-transfers-analytics-dlt";

	/** Dead letters of the notification group on {@code token-transfers}. */
	public static final String TOKEN_TRANSFERS_NOTIFICATION_DLT = "token-transfers-notification-dlt";

	/** Dead letters of the fraud group on {@code token-transfers}. */
	public static final String TOKEN_TRANSFERS_FRAUD_DLT = "token-transfers-fraud-dlt";

	/** Dead letters of the notification group on {@code fraud-alerts}. */
	public static final String FRAUD_ALERTS_NOTIFICATION_DLT = "fraud-alerts-notification-dlt";

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");

	private Topics() {
	}

	/**
	 * The dead-letter topic of one consumer group on one topic.
	 * @param topic the source topic, such as {@value #TOKEN_TRANSFERS}
	 * @param group the consumer group, such as {@value #ANALYTICS_GROUP}
	 * @return {@code {topic}-{group}-dlt}
	 * @throws IllegalArgumentException if a name is not lower-case letters, digits, '.'
	 * and '-'
	 */
	public static String deadLetterTopic(String topic, String group) {
		return checked("topic", topic) + "-" + checked("group", group) + "-dlt";
	}

	private static String checked(String what, String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(what + " must be lower-case letters, digits, '.' and '-', got "
					+ ((name != null) ? "\"" + name + "\"" : "null"));
		}
		return name;
	}

}
