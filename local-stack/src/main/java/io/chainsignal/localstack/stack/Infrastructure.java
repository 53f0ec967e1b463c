package io.chainsignal.localstack.stack;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.AnvilOptions;
import io.chainsignal.testsupport.kafka.RestartableKafka;
import io.chainsignal.testsupport.mail.MailServer;
import io.chainsignal.testsupport.postgres.RestartablePostgres;

/**
 * The servers the services need, run by the launcher on the data directory: a KRaft
 * broker and GreenMail in its JVM, PostgreSQL 17 and anvil as its child processes. They
 * are test-support's servers, so the stack runs on exactly what the tests prove.
 */
public final class Infrastructure {

	private static final Logger logger = LoggerFactory.getLogger(Infrastructure.class);

	private final RestartableKafka kafka;

	private final RestartablePostgres postgres;

	private final MailServer mail;

	private final Anvil anvil;

	private final String rpcUrl;

	private Infrastructure(RestartableKafka kafka, RestartablePostgres postgres, MailServer mail, Anvil anvil,
			String rpcUrl) {
		this.kafka = kafka;
		this.postgres = postgres;
		this.mail = mail;
		this.anvil = anvil;
		this.rpcUrl = rpcUrl;
	}

	static Infrastructure start(StackSettings settings) {
		DataDirectory data = settings.data();
		Ports ports = settings.ports();
		Anvil anvil = null;
		RestartableKafka kafka = null;
		RestartablePostgres postgres = null;
		try {
			logger.info("Starting Kafka (KRaft) on 127.0.0.1:{}, data in {}", ports.kafka(), data.kafka());
			kafka = RestartableKafka.open(data.kafka(), ports.kafka(), ports.kafkaController());
			logger.info("Starting PostgreSQL 17 on localhost:{}, data in {}", ports.postgres(), data.postgres());
			postgres = RestartablePostgres.open(data.postgres(), ports.postgres());
			logger.info("Starting SMTP (GreenMail) on 127.0.0.1:{}", ports.smtp());
			MailServer mail = MailServer.start(ports.smtp());
			String rpcUrl;
			if (settings.chain().local()) {
				logger.info("Starting anvil on 127.0.0.1:{}, chain in {}", ports.anvil(), data.anvilState());
				anvil = Anvil.start(AnvilOptions.defaults()
					.withPort(ports.anvil())
					.withStateFile(data.anvilState())
					.withBlockTime(settings.chain().blockTime())
					// eth_gasPrice then follows the base fee, not the tips just paid: a
					// sender that
					// prices from the suggestion (the demo's impersonated sends) cannot
					// drive it up
					.withExtraArguments("--disable-min-priority-fee"));
				rpcUrl = anvil.rpcUrl();
			}
			else {
				rpcUrl = settings.chain().externalRpcUrl().orElseThrow();
				logger.info("{} is set: indexing that node, no local anvil and no demo traffic",
						ChainSettings.RPC_URL_VARIABLE);
			}
			return new Infrastructure(kafka, postgres, mail, anvil, rpcUrl);
		}
		catch (RuntimeException ex) {
			if (anvil != null) {
				anvil.close();
			}
			if (postgres != null) {
				postgres.stop();
			}
			if (kafka != null) {
				kafka.stop();
			}
			throw ex;
		}
	}

	public RestartableKafka kafka() {
		return this.kafka;
	}

	public RestartablePostgres postgres() {
		return this.postgres;
	}

	public MailServer mail() {
		return this.mail;
	}

	/**
	 * The stack's own anvil.
	 * @return the node, or empty when {@code ETH_RPC_URL} names another one
	 */
	public Optional<Anvil> anvil() {
		return Optional.ofNullable(this.anvil);
	}

	/**
	 * The JSON-RPC endpoint the listener indexes. It may carry an API key of a node
	 * provider: never log it.
	 * @return the URL
	 */
	public String rpcUrl() {
		return this.rpcUrl;
	}

	/**
	 * Stops everything, keeping the data: anvil writes its state file as it exits.
	 */
	void stop() {
		this.mail.close();
		this.kafka.stop();
		this.postgres.stop();
		if (this.anvil != null) {
			this.anvil.close();
		}
	}

}
