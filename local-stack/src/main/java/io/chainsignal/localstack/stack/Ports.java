package io.chainsignal.localstack.stack;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntSupplier;

import io.chainsignal.testsupport.FreePort;

/**
 * Every port the stack listens on, all on 127.0.0.1.
 *
 * <p>
 * The services keep the ports their own defaults use (8081 to 8084). Kafka and PostgreSQL
 * sit on ports next to, not on, their usual ones (9092, 5432), so that the stack starts
 * beside a Kafka or PostgreSQL a developer already runs; anvil keeps the usual Ethereum
 * node port 8545, which wallets and scripts expect.
 *
 * @param listener listener-service
 * @param analytics analytics-service
 * @param notification notification-service
 * @param fraud fraud-service
 * @param kafka the Kafka broker's client port
 * @param kafkaController the KRaft controller port
 * @param postgres PostgreSQL
 * @param smtp the SMTP server
 * @param anvil the local Ethereum node's JSON-RPC port
 * @param inbox the demo inbox: received webhooks and mails
 */
public record Ports(int listener, int analytics, int notification, int fraud, int kafka, int kafkaController,
		int postgres, int smtp, int anvil, int inbox) {

	/**
	 * The documented ports (docs/local-stack.md).
	 * @return the ports a user's stack uses
	 */
	public static Ports documented() {
		return new Ports(8081, 8082, 8083, 8084, 19092, 19093, 15432, 2525, 8545, 8090);
	}

	/**
	 * Free ports, for tests that run a stack beside other builds.
	 * @return ten different ports that were free a moment ago
	 */
	public static Ports free() {
		int[] p = distinct(10, FreePort::find);
		return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);
	}

	/**
	 * Different ports from a source that checks each alone, and so may hand out one
	 * twice: the second server to bind it would fail to start.
	 */
	static int[] distinct(int count, IntSupplier source) {
		Set<Integer> ports = new LinkedHashSet<>();
		while (ports.size() < count) {
			ports.add(source.getAsInt());
		}
		return ports.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Parses the {@code --ports} option.
	 * @param value {@code documented} or {@code free}
	 * @return the ports
	 */
	public static Ports named(String value) {
		return switch (value) {
			case "documented" -> documented();
			case "free" -> free();
			default -> throw new IllegalArgumentException("--ports must be documented or free, got " + value);
		};
	}

	int of(Service service) {
		return switch (service) {
			case LISTENER -> this.listener;
			case ANALYTICS -> this.analytics;
			case NOTIFICATION -> this.notification;
			case FRAUD -> this.fraud;
		};
	}

}
