package io.chainsignal.localstack.stack;

/**
 * The four ChainSignal services, each run from its executable jar as its own process.
 */
public enum Service {

	/** Reads the chain and publishes {@code token-transfers}. */
	LISTENER("listener-service"),

	/** The PostgreSQL store and dashboard API. */
	ANALYTICS("analytics-service"),

	/** Webhooks and email. */
	NOTIFICATION("notification-service"),

	/** Fraud scoring and alerts. */
	FRAUD("fraud-service");

	private final String artifactId;

	Service(String artifactId) {
		this.artifactId = artifactId;
	}

	/**
	 * The Maven artifact id, which is also the name of its jar and its log file.
	 * @return e.g. {@code analytics-service}
	 */
	public String artifactId() {
		return this.artifactId;
	}

}
