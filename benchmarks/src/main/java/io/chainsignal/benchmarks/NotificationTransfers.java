package io.chainsignal.benchmarks;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;

/**
 * Contract-valid confirmed ERC-20 transfers for the notification benchmarks, serialised
 * with the contract's own serde, and the producers that put them on
 * {@code token-transfers} the way the listener does (transactions of 10,000 records,
 * keyed by event id).
 */
final class NotificationTransfers {

	static final long CHAIN_ID = 1;

	private static final int RECORDS_PER_TRANSACTION = 10_000;

	private static final TokenInfo USDC_LIKE = new TokenInfo("BENCH", "Benchmark token", 6);

	private NotificationTransfers() {
	}

	/** A deterministic address for a number; distinct numbers give distinct addresses. */
	static String address(char kind, long n) {
		return "0x" + kind + String.format("%039x", n);
	}

	/**
	 * Transfer number {@code n} (its own transaction hash, so its own event id) of one
	 * whole token (10^6 base units, never dust) from one address to another.
	 */
	static TokenTransfer transfer(long n, String from, String to, String token) {
		String tx = "0x" + String.format("%064x", n);
		String block = "0x" + HexFormat.of().formatHex(new byte[] { 1 }) + String.format("%062x", n / 100);
		return new TokenTransfer(TokenTransfer.SCHEMA_VERSION, TokenTransfer.eventId(CHAIN_ID, tx, 0, 0),
				TransferStatus.CONFIRMED, CHAIN_ID, 20_000_000 + n / 100, block, 1_700_000_000L + n / 100, tx,
				(int) (n % 100), 0, 0, token, TokenStandard.ERC20, from, to, null, BigInteger.valueOf(1_000_000), null,
				USDC_LIKE, from, token, Instant.ofEpochSecond(1_700_000_000L + n / 100));
	}

	static byte[] serialise(TokenTransfer transfer) {
		return EventJson.write(transfer);
	}

	/**
	 * Produces already-serialised transfers in Kafka transactions, as the listener
	 * publishes them.
	 * @param bootstrapServers the broker
	 * @param records the records, in order
	 */
	static void produce(String bootstrapServers, List<byte[]> records, LongFunction<String> keys) {
		produce(bootstrapServers, records, keys, RECORDS_PER_TRANSACTION);
	}

	/**
	 * Produces records in transactions of a given size; one transaction of all of them
	 * makes them visible to {@code read_committed} readers at once, when it commits.
	 */
	static void produce(String bootstrapServers, List<byte[]> records, LongFunction<String> keys, int perTransaction) {
		try (KafkaProducer<String, byte[]> producer = transactional(bootstrapServers)) {
			producer.initTransactions();
			for (int i = 0; i < records.size(); i++) {
				if (i % perTransaction == 0) {
					if (i > 0) {
						producer.commitTransaction();
					}
					producer.beginTransaction();
				}
				producer.send(new ProducerRecord<>(Topics.TOKEN_TRANSFERS, keys.apply(i), records.get(i)));
			}
			producer.commitTransaction();
		}
	}

	private static KafkaProducer<String, byte[]> transactional(String bootstrapServers) {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ProducerConfig.TRANSACTIONAL_ID_CONFIG,
						"chainsignal-benchmark-notification-" + UUID.randomUUID(), ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 10,
						ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.BUFFER_MEMORY_CONFIG, 67_108_864L),
				new StringSerializer(), new ByteArraySerializer());
	}

	/** A producer for paced, one-at-a-time records: idempotent, no linger. */
	static KafkaProducer<String, byte[]> immediate(String bootstrapServers) {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new ByteArraySerializer());
	}

}
