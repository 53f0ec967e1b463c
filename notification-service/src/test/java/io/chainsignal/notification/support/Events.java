package io.chainsignal.notification.support;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.json.EventJson;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.TestServers;

/**
 * Publishes contract events to the shared broker, as listener-service and fraud-service
 * would, and makes random addresses and hashes so tests never see each other's events.
 */
public final class Events {

	private static final KafkaProducer<String, byte[]> PRODUCER = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
					ProducerConfig.ACKS_CONFIG, "all"),
			new StringSerializer(), new ByteArraySerializer());

	private Events() {
	}

	public static void publish(TokenTransfer transfer) {
		send(Topics.TOKEN_TRANSFERS, transfer.key(), EventJson.write(transfer));
	}

	public static void publish(RiskAlert alert) {
		send(Topics.FRAUD_ALERTS, alert.key(), EventJson.write(alert));
	}

	public static void send(String topic, String key, byte[] value) {
		send(new ProducerRecord<>(topic, key, value));
	}

	public static void send(ProducerRecord<String, byte[]> record) {
		try {
			PRODUCER.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String address() {
		return "0x" + hex(20);
	}

	public static String hash() {
		return "0x" + hex(32);
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/**
	 * A CONFIRMED ERC-20 transfer of USDC-like metadata (6 decimals) in a random
	 * transaction.
	 */
	public static TokenTransfer erc20(long chainId, String token, String from, String to, long value) {
		return transfer(chainId, TokenStandard.ERC20, token, from, to, BigInteger.valueOf(value), null,
				new TokenInfo("USDC", "USD Coin", 6), TransferStatus.CONFIRMED, hash());
	}

	public static TokenTransfer transfer(long chainId, TokenStandard standard, String token, String from, String to,
			BigInteger value, BigInteger tokenId, TokenInfo info, TransferStatus status, String blockHash) {
		String tx = hash();
		int logIndex = ThreadLocalRandom.current().nextInt(0, 500);
		return new TokenTransfer(TokenTransfer.SCHEMA_VERSION, TokenTransfer.eventId(chainId, tx, logIndex, 0), status,
				chainId, 20_000_000, blockHash, 1718000003, tx, 17, logIndex, 0, token, standard, from, to,
				(standard == TokenStandard.ERC1155) ? address() : null, value, tokenId, info, null, null,
				Instant.parse("2024-06-10T06:13:25Z"));
	}

}
