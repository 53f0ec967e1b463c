package io.chainsignal.listener.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import io.chainsignal.listener.ingest.CursorStore;
import io.chainsignal.listener.ingest.ListenerState;
import io.chainsignal.listener.ingest.WindowBlock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Keeps the cursor in {@code listener-checkpoints} and commits it in the same Kafka
 * transaction as the events. The transactional id is fixed per chain, so a restarted
 * listener fences its predecessor and aborts whatever that one left open before it reads
 * the cursor back.
 */
class KafkaCursorStore implements CursorStore {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final TokenTransferSerializer TRANSFERS = new TokenTransferSerializer();

	private final long chainId;

	private final KafkaTemplate<String, byte[]> template;

	private final Map<String, Object> consumerProperties;

	private final Clock clock;

	KafkaCursorStore(long chainId, KafkaTemplate<String, byte[]> template, Map<String, Object> consumerProperties,
			Clock clock) {
		this.chainId = chainId;
		this.template = template;
		this.consumerProperties = consumerProperties;
		this.clock = clock;
	}

	@Override
	public Optional<ListenerState> load() {
		// An empty transaction initialises our transactional id: any transaction a
		// crashed predecessor left open is
		// aborted, so the read_committed end offsets below are final.
		this.template.executeInTransaction((operations) -> null);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(this.consumerProperties)) {
			List<PartitionInfo> infos = consumer.partitionsFor(Topics.LISTENER_CHECKPOINTS);
			if (infos == null || infos.isEmpty()) {
				return Optional.empty();
			}
			List<TopicPartition> partitions = infos.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			Checkpoint checkpoint = null;
			Map<Long, BlockEvents> blocks = new HashMap<>();
			String cursorKey = Long.toString(this.chainId);
			String blockPrefix = this.chainId + ":";
			while (!reached(consumer, end)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
					String key = record.key();
					if (cursorKey.equals(key)) {
						checkpoint = (record.value() != null) ? EventJson.read(record.value(), Checkpoint.class) : null;
					}
					else if (key != null && key.startsWith(blockPrefix)) {
						long number = Long.parseLong(key.substring(blockPrefix.length()));
						if (record.value() == null) {
							blocks.remove(number);
						}
						else {
							blocks.put(number, EventJson.read(record.value(), BlockEvents.class));
						}
					}
				}
			}
			return Optional.ofNullable(checkpoint).map((found) -> state(found, blocks));
		}
	}

	@Override
	public void commit(List<TokenTransfer> events, ListenerState before, ListenerState after) {
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>(events.size() + after.window().size() + 1);
		// Serialising is most of a commit's CPU: spread it over the cores, keeping the
		// order.
		records.addAll(events.parallelStream()
			.map((event) -> new ProducerRecord<>(Topics.TOKEN_TRANSFERS, event.key(),
					TRANSFERS.serialize(Topics.TOKEN_TRANSFERS, event)))
			.toList());
		Map<Long, WindowBlock> previous = new HashMap<>();
		before.window().forEach((block) -> previous.put(block.number(), block));
		Set<Long> kept = new HashSet<>();
		for (WindowBlock block : after.window()) {
			kept.add(block.number());
			WindowBlock old = previous.get(block.number());
			if (!block.events().isEmpty() && !block.equals(old)) {
				records.add(checkpointRecord(block.number(), new BlockEvents(block.hash(), block.events())));
			}
			else if (block.events().isEmpty() && old != null && !old.events().isEmpty()) {
				records.add(checkpointRecord(block.number(), null));
			}
		}
		for (WindowBlock old : before.window()) {
			if (!kept.contains(old.number()) && !old.events().isEmpty()) {
				records.add(checkpointRecord(old.number(), null));
			}
		}
		records.add(new ProducerRecord<>(Topics.LISTENER_CHECKPOINTS, Long.toString(this.chainId),
				EventJson.write(checkpoint(after))));
		this.template.executeInTransaction((operations) -> {
			records.forEach(operations::send);
			return null;
		});
	}

	private ProducerRecord<String, byte[]> checkpointRecord(long number, BlockEvents events) {
		return new ProducerRecord<>(Topics.LISTENER_CHECKPOINTS, this.chainId + ":" + number,
				(events != null) ? EventJson.write(events) : null);
	}

	private Checkpoint checkpoint(ListenerState state) {
		List<Checkpoint.Entry> window = state.window()
			.stream()
			.map((block) -> new Checkpoint.Entry(block.number(), block.hash(), block.parentHash(), block.confirmed(),
					block.events().size()))
			.toList();
		return new Checkpoint(1, this.chainId, state.nextBlock(), window, this.clock.instant());
	}

	private static ListenerState state(Checkpoint checkpoint, Map<Long, BlockEvents> blocks) {
		List<WindowBlock> window = new ArrayList<>();
		for (Checkpoint.Entry entry : checkpoint.window()) {
			List<TokenTransfer> events = List.of();
			if (entry.eventCount() > 0) {
				BlockEvents stored = blocks.get(entry.number());
				if (stored == null || !stored.hash().equals(entry.hash())
						|| stored.events().size() != entry.eventCount()) {
					throw new IllegalStateException("listener-checkpoints is inconsistent: the events of window block "
							+ entry.number() + " (" + entry.hash() + ") are missing or differ");
				}
				events = stored.events();
			}
			window.add(new WindowBlock(entry.number(), entry.hash(), entry.parentHash(), entry.confirmed(), events));
		}
		return new ListenerState(checkpoint.nextBlock(), window);
	}

	private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
		for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
			if (consumer.position(partition.getKey()) < partition.getValue()) {
				return false;
			}
		}
		return true;
	}

}
