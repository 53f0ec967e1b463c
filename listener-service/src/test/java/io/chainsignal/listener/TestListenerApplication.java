package io.chainsignal.listener;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.kafka.KafkaServer;

import org.springframework.boot.SpringApplication;

/**
 * Runs the listener with nothing installed: an embedded KRaft broker and a fresh anvil
 * node, for {@code ./mvnw -pl listener-service spring-boot:test-run}. Send transactions
 * to the printed anvil URL (dev accounts and keys are anvil's well-known ones) and watch
 * {@code token-transfers}.
 */
public final class TestListenerApplication {

	private TestListenerApplication() {
	}

	public static void main(String[] args) {
		Anvil anvil = Anvil.start();
		KafkaServer kafka = KafkaServer.start();
		System.out.printf("%nanvil: %s (chain %d)%nKafka: %s%n%n", anvil.rpcUrl(), anvil.chainId(),
				kafka.bootstrapServers());
		SpringApplication.from(ListenerApplication::main)
			.run("--web3j.client-address=" + anvil.rpcUrl(),
					"--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
					"--chainsignal.listener.start-block=0", "--chainsignal.listener.confirmations=1");
	}

}
