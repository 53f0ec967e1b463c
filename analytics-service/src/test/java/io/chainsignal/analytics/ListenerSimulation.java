package io.chainsignal.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;

/**
 * Plays the listener for one chain with emit-unconfirmed on: blocks of transfers
 * published UNCONFIRMED, frequent one-block reorgs (REMOVED, then some transactions
 * re-included in a replacement block, late duplicate REMOVEDs, redelivered CONFIRMEDs),
 * and CONFIRMED two blocks deep. Remembers which placements end up canonical and
 * confirmed.
 */
public final class ListenerSimulation {

	private final List<TokenTransfer> published = new ArrayList<>();

	private final Map<String, TokenTransfer> confirmed = new LinkedHashMap<>();

	/**
	 * Simulates a chain.
	 * @param chainId the chain
	 * @param blocks how many blocks
	 * @param seed the random seed
	 */
	public ListenerSimulation(long chainId, int blocks, long seed) {
		Random random = new Random(seed);
		List<String> tokens = List.of(TestEvents.address(), TestEvents.address());
		List<String> holders = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			holders.add(TestEvents.address());
		}
		holders.add(TestEvents.ZERO);
		long start = System.currentTimeMillis() / 1000 - 6 * 3600;
		Map<Long, List<TokenTransfer>> pending = new LinkedHashMap<>();
		for (long number = 1; number <= blocks; number++) {
			String hash = TestEvents.hash();
			long timestamp = start + number * 300;
			List<TokenTransfer> block = new ArrayList<>();
			int count = 1 + random.nextInt(4);
			for (int log = 0; log < count; log++) {
				String from = holders.get(random.nextInt(holders.size()));
				String to = holders.get(random.nextInt(holders.size()));
				block.add(TestEvents.erc20(TransferStatus.UNCONFIRMED, chainId, number, hash, timestamp,
						TestEvents.hash(), log, tokens.get(random.nextInt(2)), from, to, 1 + random.nextInt(1000)));
			}
			this.published.addAll(block);
			if (number % 4 == 0) {
				// the block is reorged out: retract it, re-include every other
				// transaction
				block.forEach((t) -> this.published.add(t.withStatus(TransferStatus.REMOVED, t.emittedAt())));
				String newHash = TestEvents.hash();
				List<TokenTransfer> replacement = new ArrayList<>();
				for (int i = 0; i < block.size(); i += 2) {
					TokenTransfer old = block.get(i);
					replacement.add(new TokenTransfer(1, old.eventId(), TransferStatus.UNCONFIRMED, chainId, number,
							newHash, timestamp + 1, old.transactionHash(), 0, old.logIndex(), 0, old.tokenAddress(),
							old.tokenStandard(), old.fromAddress(), old.toAddress(), null, old.value(), null,
							old.token(), null, null, old.emittedAt()));
				}
				this.published.addAll(replacement);
				// a late duplicate of the retraction: must be ignored
				this.published.add(block.get(0).withStatus(TransferStatus.REMOVED, block.get(0).emittedAt()));
				block = replacement;
			}
			pending.put(number, block);
			confirmUpTo(pending, number - 2, random);
		}
		confirmUpTo(pending, blocks, random);
	}

	private void confirmUpTo(Map<Long, List<TokenTransfer>> pending, long last, Random random) {
		var iterator = pending.entrySet().iterator();
		while (iterator.hasNext()) {
			var entry = iterator.next();
			if (entry.getKey() > last) {
				break;
			}
			for (TokenTransfer t : entry.getValue()) {
				TokenTransfer done = t.withStatus(TransferStatus.CONFIRMED, t.emittedAt());
				this.published.add(done);
				if (random.nextInt(5) == 0) {
					this.published.add(done);
				}
				this.confirmed.put(done.eventId(), done);
			}
			iterator.remove();
		}
	}

	/**
	 * Every event as the listener published it, in order.
	 * @return the events
	 */
	public List<TokenTransfer> published() {
		return this.published;
	}

	/**
	 * The placements that are finally canonical and confirmed.
	 * @return by event id
	 */
	public Map<String, TokenTransfer> confirmed() {
		return this.confirmed;
	}

}
