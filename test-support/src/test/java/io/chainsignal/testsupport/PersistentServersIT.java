package io.chainsignal.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.AnvilOptions;
import io.chainsignal.testsupport.kafka.RestartableKafka;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.postgres.Database;
import io.chainsignal.testsupport.postgres.RestartablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servers on a kept data directory, as the local stack runs them: a second instance,
 * opened on the same directory (and other ports), finds what the first one stored.
 */
class PersistentServersIT {

	@Test
	void kafkaOpenedAgainOnItsLogDirectoryKeepsTopicsAndRecords(@TempDir Path directory) throws Exception {
		RestartableKafka first = RestartableKafka.open(directory, FreePort.find(), FreePort.find());
		try {
			first.createTopic("kept", 2);
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers()), new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>("kept", "k", "v")).get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			first.stop();
		}
		RestartableKafka second = RestartableKafka.open(directory, FreePort.find(), FreePort.find());
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers()));
				KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers(),
								ConsumerConfig.GROUP_ID_CONFIG, "reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
								"earliest"),
						new StringDeserializer(), new StringDeserializer())) {
			assertThat(admin.describeTopics(List.of("kept"))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get("kept")
				.partitions()).hasSize(2);
			consumer.subscribe(List.of("kept"));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			ConsumerRecords<String, String> records = ConsumerRecords.empty();
			while (records.isEmpty() && System.nanoTime() < deadline) {
				records = consumer.poll(Duration.ofSeconds(1));
			}
			assertThat(records.iterator().next().value()).isEqualTo("v");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void postgresOpenedAgainOnItsDataDirectoryKeepsItsDatabases(@TempDir Path directory) throws SQLException {
		RestartablePostgres first = RestartablePostgres.open(directory.resolve("pg"), FreePort.find());
		try {
			Database database = first.database("kept");
			assertThat(first.database("kept")).isEqualTo(database);
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE note (text varchar)");
				statement.execute("INSERT INTO note VALUES ('still here')");
			}
		}
		finally {
			first.stop();
		}
		RestartablePostgres second = RestartablePostgres.open(directory.resolve("pg"), FreePort.find());
		try (Connection connection = second.database("kept").connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void anvilWithAStateFileKeepsItsBlocksAndHashes(@TempDir Path directory) {
		AnvilOptions options = AnvilOptions.defaults().withStateFile(directory.resolve("state.json"));
		String hash;
		long head;
		try (Anvil first = Anvil.start(options)) {
			first.chain().mine(5);
			head = first.chain().blockNumber();
			hash = first.chain().blockHash(3);
		}
		assertThat(directory.resolve("state.json")).exists();
		try (Anvil second = Anvil.start(options)) {
			assertThat(second.chain().blockNumber()).isGreaterThanOrEqualTo(head);
			assertThat(second.chain().blockHash(3)).isEqualTo(hash);
		}
	}

	@Test
	void anvilMinesOnAnIntervalWhenAskedTo() throws InterruptedException {
		try (Anvil anvil = Anvil.start(AnvilOptions.defaults().withBlockTime(Duration.ofSeconds(1)))) {
			long start = anvil.chain().blockNumber();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (anvil.chain().blockNumber() < start + 2 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(anvil.chain().blockNumber()).isGreaterThanOrEqualTo(start + 2);
		}
	}

	@Test
	void mailServerListensOnTheGivenPort() {
		int port = FreePort.find();
		try (MailServer mail = MailServer.start(port)) {
			assertThat(mail.smtpPort()).isEqualTo(port);
		}
	}

}
