package io.chainsignal.listener.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code token-transfers} as a {@code read_committed} consumer would, from the
 * beginning, keeping the events of one chain in the order they arrive.
 */
final class TransferTopic implements AutoCloseable {

	private final KafkaConsumer<String, TokenTransfer> consumer;

	private final long chainId;

	private final List<TokenTransfer> events = new ArrayList<>();

	private boolean assigned;

	TransferTopic(String bootstrapServers, long chainId) {
		this.chainId = chainId;
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
				new StringDeserializer(), new TokenTransferDeserializer());
	}

	/**
	 * Polls until {@code done} holds for this chain's events so far, or fails after
	 * {@code timeout}.
	 */
	List<TokenTransfer> awaitUntil(Predicate<List<TokenTransfer>> done, Duration timeout, String what) {
		Instant deadline = Instant.now().plus(timeout);
		while (!done.test(this.events)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; got "
						+ this.events.size() + " events: " + summary());
			}
			poll();
		}
		return List.copyOf(this.events);
	}

	/**
	 * Polls for a while and returns everything seen: for checking that nothing more
	 * arrives.
	 */
	List<TokenTransfer> settle(Duration quiet) {
		Instant deadline = Instant.now().plus(quiet);
		while (Instant.now().isBefore(deadline)) {
			poll();
		}
		return List.copyOf(this.events);
	}

	private void poll() {
		if (!this.assigned) {
			List<PartitionInfo> infos = this.consumer.partitionsFor(Topics.TOKEN_TRANSFERS, Duration.ofSeconds(5));
			if (infos == null || infos.isEmpty()) {
				sleep();
				return;
			}
			List<TopicPartition> partitions = infos.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			this.consumer.assign(partitions);
			this.consumer.seekToBeginning(partitions);
			this.assigned = true;
		}
		for (ConsumerRecord<String, TokenTransfer> record : this.consumer.poll(Duration.ofMillis(200))) {
			if (record.value() != null && record.value().chainId() == this.chainId) {
				this.events.add(record.value());
			}
		}
	}

	private String summary() {
		return this.events.stream()
			.map((event) -> event.status() + "@" + event.blockNumber() + ":" + event.logIndex())
			.limit(50)
			.toList()
			.toString();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
