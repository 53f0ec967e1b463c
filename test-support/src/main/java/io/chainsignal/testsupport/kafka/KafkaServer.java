package io.chainsignal.testsupport.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.chainsignal.testsupport.Backend;

/**
 * A running single-node Kafka (KRaft) broker that integration tests connect to through
 * {@link #bootstrapServers()}.
 */
public interface KafkaServer extends AutoCloseable {

	/**
	 * The broker shared by every test in this JVM, started on first use and stopped when
	 * the JVM exits. Tests share it, so each test should use its own topic names and
	 * consumer groups.
	 * @return the shared broker
	 */
	static KafkaServer shared() {
		return KafkaServers.SHARED.get();
	}

	/**
	 * Starts a dedicated broker on the same backend choice as the shared one; the caller
	 * closes it.
	 * @return a new running broker
	 */
	static KafkaServer start() {
		return KafkaServers.start();
	}

	/**
	 * Returns the value for {@code bootstrap.servers} /
	 * {@code spring.kafka.bootstrap-servers}.
	 * @return host:port of the broker
	 */
	String bootstrapServers();

	/**
	 * Returns where the broker runs.
	 * @return the backend
	 */
	Backend backend();

	/**
	 * Creates a topic with replication factor 1 and waits until the broker confirms it.
	 * @param name the topic name
	 * @param partitions the number of partitions
	 */
	default void createTopic(String name, int partitions) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topic " + name, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not create topic " + name + " on " + bootstrapServers(), ex);
		}
	}

	/** Stops the broker and releases its resources. */
	@Override
	void close();

}
