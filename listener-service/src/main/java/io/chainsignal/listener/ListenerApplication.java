package io.chainsignal.listener;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Reads ERC-20/721/1155 transfer logs from an Ethereum node and publishes them to Kafka,
 * exactly once.
 */
@SpringBootApplication
public class ListenerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ListenerApplication.class, args);
	}

}
