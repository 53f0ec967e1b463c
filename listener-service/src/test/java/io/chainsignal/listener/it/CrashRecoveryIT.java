package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.testsupport.TestServers;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc1155Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a listener process in the middle of a backfill, three times, each
 * followed by a restart: a {@code read_committed} consumer sees every transfer exactly
 * once, with no gap and no duplicate, in chain order.
 */
class CrashRecoveryIT {

	private static final long CHAIN_ID = 31_005;

	private static final int BATCHES = 24;

	private static final int ITEMS_PER_BATCH = 400;

	@Test
	void killedMidBackfillAndRestartedPublishesEverythingExactlyOnce() throws Exception {
		String kafka = TestServers.kafka().bootstrapServers();
		try (Anvil anvil = Anvil.start(CHAIN_ID)) {
			DevAccount alice = DevAccount.of(1);
			Erc1155Token items = Erc1155Token.deploy(anvil, "https://items.example/{id}.json");
			Workload work = new Workload();
			List<Long> ids = LongStream.range(0, ITEMS_PER_BATCH).boxed().toList();
			List<Long> amounts = ids.stream().map((id) -> 1L).toList();
			for (int batch = 0; batch < BATCHES; batch++) {
				work.erc1155MintBatch(items, alice, ids, amounts);
				anvil.chain().mine(3);
			}
			anvil.chain().mine(2);
			int total = work.expected().size();
			assertThat(total).isEqualTo(BATCHES * ITEMS_PER_BATCH);

			Map<String, String> properties = RunningListener.defaults(anvil.rpcUrl(), kafka);
			properties.put("chainsignal.listener.initial-range", "2");
			properties.put("chainsignal.listener.max-range", "4");
			Path log = Path.of("target", "crash-recovery", "listener.log");
			try (TransferTopic topic = new TransferTopic(kafka, CHAIN_ID)) {
				List<Integer> killedAt = new ArrayList<>();
				for (int kill = 1; kill <= 3; kill++) {
					int threshold = (total * kill / 4) + ThreadLocalRandom.current().nextInt(ITEMS_PER_BATCH);
					try (ListenerProcess listener = ListenerProcess.start(properties, log)) {
						List<TokenTransfer> seen = topic.awaitUntil((events) -> events.size() >= threshold,
								Duration.ofSeconds(90), "progress before kill " + kill);
						listener.kill();
						killedAt.add(seen.size());
					}
				}
				try (ListenerProcess listener = ListenerProcess.start(properties, log)) {
					topic.awaitUntil((events) -> events.size() >= total, Duration.ofSeconds(90), "the whole backfill");
					List<TokenTransfer> all = topic.settle(Duration.ofSeconds(2));
					assertThat(killedAt).allMatch((count) -> count < total);
					assertThat(all).hasSize(total);
					assertThat(all).allMatch((event) -> event.status() == TransferStatus.CONFIRMED);
					assertThat(all.stream().map(TokenTransfer::eventId).distinct()).hasSize(total);
					assertThat(all.stream().map(ExpectedTransfer::of).toList())
						.containsExactlyInAnyOrderElementsOf(work.expected());
					BackfillAndTailIT.assertInChainOrder(all);
				}
			}
		}
	}

}
