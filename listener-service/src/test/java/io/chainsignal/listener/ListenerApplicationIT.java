package io.chainsignal.listener;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts as an executable application and reports its health over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListenerApplicationIT {

	@LocalServerPort
	int port;

	@Test
	void reportsHealthUp() {
		String body = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/health")
			.retrieve()
			.body(String.class);
		assertThat(body).contains("\"status\":\"UP\"");
	}

}
