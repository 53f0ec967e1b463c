package io.chainsignal.localstack.stack;

import java.util.Arrays;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

	@Test
	void freePortsAreTenDifferentOnesEvenWhenTheSourceRepeatsItself() {
		PrimitiveIterator.OfInt source = IntStream
			.of(20001, 20002, 20001, 20003, 20002, 20004, 20005, 20006, 20007, 20008, 20009, 20010)
			.iterator();

		int[] ports = Ports.distinct(10, source::nextInt);

		assertThat(ports).containsExactly(20001, 20002, 20003, 20004, 20005, 20006, 20007, 20008, 20009, 20010);
	}

	@Test
	void theStacksFreePortsDiffer() {
		Ports ports = Ports.free();
		int[] all = { ports.listener(), ports.analytics(), ports.notification(), ports.fraud(), ports.kafka(),
				ports.kafkaController(), ports.postgres(), ports.smtp(), ports.anvil(), ports.inbox() };

		assertThat(Arrays.stream(all).distinct().count()).isEqualTo(10);
	}

}
